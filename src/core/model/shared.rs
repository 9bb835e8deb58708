//! `Shared<T>`: a value shared between versions of a plan until one of them
//! changes it (copy on write).
//!
//! Every undoable edit makes a new `Plan` and keeps the old one for undo.
//! With `sections: Vec<Shared<Section>>` that copy costs one pointer per
//! section: only the section being edited is cloned, by the first mutable
//! access (`DerefMut` is `Rc::make_mut`). Comparing two versions is cheap
//! for the same reason: a section both share is equal without a look inside.
//! Reading and writing go through `Deref`/`DerefMut`, so `plan.sections[i]
//! .items.push(..)` reads as before; JSON is the value's own, unchanged.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::ops::{Deref, DerefMut};
use std::rc::Rc;

#[derive(Clone, Default)]
pub struct Shared<T>(Rc<T>);

impl<T> Shared<T> {
    pub fn new(value: T) -> Shared<T> {
        Shared(Rc::new(value))
    }

    /// The value, cloned only if another version still shares it.
    pub fn into_inner(self) -> T
    where
        T: Clone,
    {
        Rc::unwrap_or_clone(self.0)
    }

    /// Whether both are the very same value (not a look inside).
    pub fn same(a: &Shared<T>, b: &Shared<T>) -> bool {
        Rc::ptr_eq(&a.0, &b.0)
    }
}

impl<T> From<T> for Shared<T> {
    fn from(value: T) -> Shared<T> {
        Shared::new(value)
    }
}

impl<T> Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T: Clone> DerefMut for Shared<T> {
    fn deref_mut(&mut self) -> &mut T {
        Rc::make_mut(&mut self.0)
    }
}

impl<T: PartialEq> PartialEq for Shared<T> {
    fn eq(&self, other: &Shared<T>) -> bool {
        Shared::same(self, other) || *self.0 == *other.0
    }
}

impl<T: Eq> Eq for Shared<T> {}

impl<T: std::fmt::Debug> std::fmt::Debug for Shared<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl<T: Serialize> Serialize for Shared<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(s)
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Shared<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Shared<T>, D::Error> {
        T::deserialize(d).map(Shared::new)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_change_copies_only_what_is_shared_and_leaves_the_other_version_alone() {
        let a = vec![
            Shared::new(String::from("一")),
            Shared::new(String::from("二")),
        ];
        let mut b = a.clone();
        assert!(Shared::same(&a[0], &b[0]));
        b[1].push('改');
        assert_eq!((a[1].as_str(), b[1].as_str()), ("二", "二改"));
        assert!(
            Shared::same(&a[0], &b[0]),
            "the untouched one is still shared"
        );
        assert!(!Shared::same(&a[1], &b[1]));
        assert_ne!(a, b);
        b[1].pop();
        assert_eq!(a, b, "equal by value once the text is the same again");
    }

    #[test]
    fn json_is_the_values_own() {
        let v: Vec<Shared<String>> = serde_json::from_str(r#"["甲","乙"]"#).unwrap();
        assert_eq!(serde_json::to_string(&v).unwrap(), r#"["甲","乙"]"#);
    }
}

/// `for e in &plan.schedule` reads as it did on a `Vec`.
impl<'a, T> IntoIterator for &'a Shared<Vec<T>> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

/// `for e in &mut plan.schedule` copies the list first if it is shared.
impl<'a, T: Clone> IntoIterator for &'a mut Shared<Vec<T>> {
    type Item = &'a mut T;
    type IntoIter = std::slice::IterMut<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        Rc::make_mut(&mut self.0).iter_mut()
    }
}

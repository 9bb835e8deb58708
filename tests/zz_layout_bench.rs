use union_plan::core::layout::blocks;
use union_plan::core::model::Plan;
use union_plan::core::paginate::{paginate, paginate_cached, LineCache};
#[test]
fn bench() {
    let plan = Plan::from_json(&std::fs::read_to_string("/tmp/large.json").unwrap()).unwrap();
    let n = 200;
    let t = std::time::Instant::now();
    for _ in 0..n { std::hint::black_box(blocks(&plan)); }
    eprintln!("blocks: {:?}", t.elapsed() / n);
    let bs = blocks(&plan);
    let t = std::time::Instant::now();
    for _ in 0..n { std::hint::black_box(paginate(&plan, &bs)); }
    eprintln!("paginate: {:?}", t.elapsed() / n);
    let mut c = LineCache::default();
    let t = std::time::Instant::now();
    for _ in 0..n { std::hint::black_box(paginate_cached(&plan, &bs, &mut c)); }
    eprintln!("paginate_cached: {:?}", t.elapsed() / n);
    let t = std::time::Instant::now();
    for _ in 0..n { std::hint::black_box(plan.clone()); }
    eprintln!("clone: {:?}", t.elapsed() / n);
}

// Test portal for embed.html: frames ?src=… and talks to it by postMessage.
// window.received: every message from the frame (bytes summarised);
// window.ask(msg): posts msg and resolves with the reply of the same id
// (null after 1.5 s without one).
const src = new URLSearchParams(location.search).get('src');
const frame = document.createElement('iframe');
frame.src = src;
frame.title = '工作计划编写助手';
frame.className = 'up-frame';
document.body.append(frame);
const target = new URL(src).origin;

window.received = [];
const waiting = new Map();
window.addEventListener('message', (e) => {
  if (e.source !== frame.contentWindow) return;
  const m = { ...e.data, origin: e.origin };
  if (m.bytes instanceof ArrayBuffer) {
    m.bytes = { byteLength: m.bytes.byteLength, head: String.fromCharCode(...new Uint8Array(m.bytes, 0, 2)) };
  }
  window.received.push(m);
  if (m.id !== undefined && waiting.has(m.id)) {
    waiting.get(m.id)(m);
    waiting.delete(m.id);
  }
});
window.ask = (msg) => new Promise((ok) => {
  waiting.set(msg.id, ok);
  frame.contentWindow.postMessage(msg, target);
  setTimeout(() => { if (waiting.delete(msg.id)) ok(null); }, 1500);
});
window.frameOrigin = target;

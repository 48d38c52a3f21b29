// The phone keyboard bridge (shell/text_input.h). A canvas cannot open a soft keyboard or take IME text,
// so one hidden <input> stands in for the text field being edited, as egui's text agent and Flutter web's
// text editing do. Loaded before khiw.js: its key listeners must run before Emscripten's GLFW ones.
//  - A tap on a field focuses the input inside the tap itself (iOS opens the keyboard only then).
//  - While a field has focus the input's value is the truth: every change, IME composition included, is
//    sent whole; the value is written only when a field gains focus, never during editing (IMEs break).
//  - Core decides focus: when it says no field is focused, the input lets go and the keyboard closes.
'use strict';
window.khiwTextBridge = (function () {
  const canvas = document.getElementById('canvas');
  let input = null;  // made when the app connects (after its first frame) or first shows a field: makeInput
  let fields = [];   // the text fields of the last frame, CSS px relative to the canvas
  let active = '';   // the field the input stands for, '' when it has no focus
  let quiet = false; // our own blur/focus, not reported
  let sink = null;   // callbacks into the app, set once it runs

  function find(id) { return fields.find((f) => f.id === id); }

  function place(f) {
    const at = canvas.getBoundingClientRect();
    const s = input.style;
    s.left = (at.left + f.x) + 'px';
    s.top = (at.top + f.y) + 'px';
    s.width = Math.max(1, f.w) + 'px';
    s.height = Math.max(1, f.h) + 'px';
  }

  function resetScroll() {
    if (window.scrollX || window.scrollY) window.scrollTo(0, 0);
  }

  // Makes the input stand for `f` and focuses it. Blurring first commits an unfinished composition to
  // the field it belongs to and makes phones pick up the new inputmode.
  function focusField(f) {
    if (document.activeElement === input) { quiet = true; input.blur(); quiet = false; }
    active = f.id;
    // "password": a password input, which keyboards neither learn nor suggest from.
    input.type = f.inputmode === 'password' ? 'password' : 'text';
    input.inputMode = f.inputmode === 'password' ? 'text' : f.inputmode || 'text';
    if (f.max > 0) input.maxLength = f.max; else input.removeAttribute('maxlength');
    input.value = f.value;
    place(f);
    quiet = true;
    input.focus({ preventScroll: true });
    quiet = false;
    const end = input.value.length;
    try { input.setSelectionRange(end, end); } catch (e) { /* some input modes have no selection */ }
    if (sink) sink.focus(f.id);
  }

  function release() {
    active = '';
    if (document.activeElement === input) { quiet = true; input.blur(); quiet = false; }
    resetScroll();
  }

  // mouseup is the one path of a tap: loader.js turns touchend into it synchronously, so focus() here
  // still runs inside the user's gesture.
  canvas.addEventListener('mouseup', function (event) {
    if (event.button !== 0) return;
    const at = canvas.getBoundingClientRect();
    const x = event.clientX - at.left, y = event.clientY - at.top;
    const f = fields.find((g) => x >= g.x && x < g.x + g.w && y >= g.y && y < g.y + g.h);
    if (!f) return;  // a tap elsewhere: the UI decides whether editing ends
    if (f.id === active && document.activeElement === input) {
      // Focused already, but the keyboard may have been put away: refocusing brings it back.
      quiet = true; input.blur(); input.focus({ preventScroll: true }); quiet = false;
      return;
    }
    focusField(f);
  });
  // A desktop click on the canvas would move focus to it and take it from the input.
  canvas.addEventListener('mousedown', function (event) {
    if (document.activeElement === input) event.preventDefault();
  });

  function send() { if (active && sink) sink.edit(active, input.value); }

  // A form control in the page made the first style pass, which the first frame waits behind, about 5 ms
  // longer (traced: 6.5 -> 1.5 ms): the input joins the page once the app is on screen.
  function makeInput() {
    if (input) return;
    input = document.createElement('input');
    input.type = 'text';
    input.id = 'text-agent';
    input.setAttribute('autocomplete', 'off');
    input.setAttribute('autocorrect', 'off');
    input.setAttribute('autocapitalize', 'off');
    input.setAttribute('spellcheck', 'false');
    // 16 px stops phones zooming into the field; it is invisible and lets taps through to the canvas.
    input.style.cssText = 'position:fixed;left:0;top:0;width:1px;height:1px;font-size:16px;opacity:0;' +
      'border:0;padding:0;margin:0;outline:none;background:transparent;color:transparent;' +
      'caret-color:transparent;pointer-events:none;';
    input.addEventListener('input', send);  // fires during composition too
    input.addEventListener('compositionend', send);
    input.addEventListener('blur', function () {
      // The window losing focus blurs the input too, but it keeps document.activeElement.
      if (quiet || !active || document.activeElement === input) return;
      active = '';
      if (sink) sink.focus('');
      resetScroll();
    });
    document.body.appendChild(input);
  }
  window.addEventListener('scroll', function () { if (!active) resetScroll(); });

  // Keys typed into the input are the input's: Emscripten's GLFW listens on window in the capture phase
  // and would swallow Backspace and deliver characters a second time. Listening first on the same
  // target and phase lets this stop them. Enter ends editing (not while an IME is composing).
  function ownKeys(event) {
    if (event.target !== input) return;
    event.stopImmediatePropagation();
    if (event.type === 'keydown' && !event.isComposing && event.keyCode !== 229 &&
        (event.key === 'Enter' || event.key === 'Escape')) {
      event.preventDefault();
      input.blur();
    }
  }
  for (const type of ['keydown', 'keypress', 'keyup']) window.addEventListener(type, ownKeys, true);

  return {
    connect(callbacks) {
      sink = callbacks;
      makeInput();
    },
    // Each frame's fields and core's focused field (sent only when changed).
    // Core focusing a field without a tap (the next field, a restored session) is followed too: desktops
    // get the keys at once, and a phone's next tap on the field opens its keyboard.
    update(u) {
      makeInput();
      fields = u.fields;
      if (!u.focused) { if (active) release(); return; }
      const f = find(u.focused);
      if (!f) { if (active && u.focused !== active) release(); return; }  // not on this screen
      if (u.focused !== active || document.activeElement !== input) focusField(f); else place(f);
    },
  };
})();

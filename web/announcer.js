// The display board's voice (shell/announcer_web.cpp injects it on the first call): each call is a chime,
// then the call spoken in Thai where the browser has a Thai voice. Calls wait in a queue, so two never
// overlap; window.khiwAnnouncer.log records when each started and ended (tests and the latency bench).
// Browsers keep sound off until someone has touched the page: the first tap on the TV turns it on.
(function() {
  'use strict';
  const queue = [];
  const log = [];
  let busy = false;
  let audio = null;
  const CHIME_NOTES = [659.25, 523.25];  // E5 then C5: the two-tone "ding-dong" of Thai service halls
  const NOTE_SECONDS = 0.45;
  const SPEECH_TIMEOUT_MS = 12000;       // a voice that never ends must not stop the queue

  function context() {
    const Ctx = window.AudioContext || window.webkitAudioContext;
    if (!audio && Ctx) audio = new Ctx();
    return audio;
  }
  document.addEventListener('pointerdown', function() {
    const ctx = context();
    if (ctx && ctx.state === 'suspended') ctx.resume();
  });

  function wait(ms) { return new Promise(function(resolve) { setTimeout(resolve, ms); }); }

  // Plays (or, with sound still locked, waits as long as) the chime.
  function chime() {
    const ctx = context();
    if (ctx && ctx.state === 'running') {
      CHIME_NOTES.forEach(function(freq, i) {
        const start = ctx.currentTime + i * NOTE_SECONDS;
        const osc = ctx.createOscillator();
        const gain = ctx.createGain();
        osc.frequency.value = freq;
        gain.gain.setValueAtTime(0.0001, start);
        gain.gain.exponentialRampToValueAtTime(0.4, start + 0.02);
        gain.gain.exponentialRampToValueAtTime(0.0001, start + NOTE_SECONDS);
        osc.connect(gain).connect(ctx.destination);
        osc.start(start);
        osc.stop(start + NOTE_SECONDS);
      });
    }
    return wait(CHIME_NOTES.length * NOTE_SECONDS * 1000);
  }

  // Chrome lists its voices only after 'voiceschanged': ask now, so the first call can be spoken.
  let voices = window.speechSynthesis ? speechSynthesis.getVoices() : [];
  if (window.speechSynthesis) speechSynthesis.addEventListener('voiceschanged', function() { voices = speechSynthesis.getVoices(); });

  function thaiVoice() {
    return voices.find(function(v) { return v.lang.toLowerCase().startsWith('th'); }) || null;
  }

  // Resolves true once the call was spoken; a voice that errs or never ends is cut off, so the next call
  // never talks over it.
  function speak(text) {
    const voice = thaiVoice();
    if (!voice) return Promise.resolve(false);
    return new Promise(function(resolve) {
      const u = new SpeechSynthesisUtterance(text);
      u.voice = voice;
      u.lang = voice.lang;
      u.rate = 0.9;
      const timer = setTimeout(function() { speechSynthesis.cancel(); resolve(false); }, SPEECH_TIMEOUT_MS);
      u.onend = function() { clearTimeout(timer); resolve(true); };
      u.onerror = function() { clearTimeout(timer); resolve(false); };
      speechSynthesis.speak(u);
    });
  }

  // One call at a time; a call that fails to play still ends, so the queue never stops.
  async function run() {
    if (busy) return;
    busy = true;
    try {
      while (queue.length) {
        const call = queue.shift();
        const entry = {ticket: call.ticket, counter: call.counter, start: performance.now(), end: 0, spoken: false};
        log.push(entry);
        try {
          await chime();
          entry.spoken = await speak(call.speech);
        } catch (e) {
          console.warn('khiw: announcement failed', e);
        }
        entry.end = performance.now();
      }
    } finally {
      busy = false;
    }
  }

  window.khiwAnnouncer = {
    log: log,
    announce: function(ticket, counter, speech) {
      queue.push({ticket: ticket, counter: counter, speech: speech});
      run();
    },
  };
})();

// The spoken mock interview (issue 21), used by interview.js when the page is in spoken mode: reads each question
// aloud (the browser's own voice for the card's language when it has one, else the server's espeak-ng audio, else it
// says there is no voice), records the answer from the microphone through Web Audio into a 16-bit WAV (no codec, no
// library), with a clock and a silence indicator, and stops on Enter, after a long silence or at the time limit.
// The WAV goes to this machine's own prepdeck, which keeps it in the data folder and answers with the delivery
// figures; then the user listens, ticks the key points said, and grades.
(function () {
  "use strict";

  var LIMIT_S = 120;          // an answer's time limit
  var LONG_SILENCE_S = 6;     // silence after speech that ends the answer
  var NO_SPEECH_S = 20;       // silence with no word at all that ends it
  var RATE = 16000;           // recorded at 16 kHz mono: enough for speech, 32 KB a second

  var LANGUAGES = { ru: "Russian", uk: "Ukrainian", en: "English" };

  window.prepdeckSpoken = function (hooks) {
    var el = function (name) { return document.getElementById(name); };
    var voiceNote = el("iv-voice"), begin = el("iv-begin"), stopButton = el("iv-stop"), replay = el("iv-replay");
    var panel = el("iv-recording"), recTime = el("iv-rec-time"), silence = el("iv-silence"), level = el("iv-level");
    var own = el("iv-own"), figures = el("iv-figures");
    el("iv-rec-limit").textContent = hooks.clock(LIMIT_S * 1000);

    var question = null;
    var state = "idle";          // idle | speaking | recording | uploading | done
    var audioContext = null, workletReady = null;
    var stream = null, source = null, node = null, chunks = [], samples = 0;
    var startedAt = 0, lastVoice = 0, heardVoice = false, floorDb = -60, timer = 0;
    var player = new Audio();
    var points = [];

    function ensureAudio() {
      if (!audioContext) {
        audioContext = new (window.AudioContext || window.webkitAudioContext)({ sampleRate: RATE });
        workletReady = audioContext.audioWorklet.addModule("/assets/recorder-worklet.js");
      }
      return audioContext.resume().then(function () { return workletReady; });
    }

    function browserVoice(lang) {
      if (!window.speechSynthesis) return null;
      var voices = window.speechSynthesis.getVoices() || [];
      for (var i = 0; i < voices.length; i++) {
        if ((voices[i].lang || "").toLowerCase().split(/[-_]/)[0] === lang) return voices[i];
      }
      return null;
    }

    // Resolves when the question has been said (or could not be): by the browser, by the server's audio, or not at all.
    function say(q) {
      return new Promise(function (resolve) {
        var voice = browserVoice(q.language);
        if (voice) {
          var u = new SpeechSynthesisUtterance(q.prompt);
          u.lang = voice.lang;
          u.voice = voice;
          u.onend = u.onerror = function () { resolve("browser"); };
          voiceNote.textContent = "The question is read by your browser's " + voice.name + " voice.";
          hooks.root.dataset.voice = "browser";
          window.speechSynthesis.cancel();
          window.speechSynthesis.speak(u);
          return;
        }
        var url = "/api/interviews/" + hooks.session() + "/questions/" + (q.position + 1) + "/voice";
        hooks.send(url, { headers: { Accept: "audio/wav" } }).then(function (response) {
          if (!response.ok) {
            return response.json().then(function (body) { throw new Error(body && body.error ? body.error : "HTTP " + response.status); });
          }
          return response.blob();
        }).then(function (blob) {
          player.src = URL.createObjectURL(blob);
          voiceNote.textContent = "The question is read by espeak-ng on this machine (no " + (LANGUAGES[q.language] || q.language)
              + " voice in this browser).";
          hooks.root.dataset.voice = "server";
          player.onended = function () { hooks.root.dataset.played = String(q.position + 1); resolve("server"); };
          player.onerror = function () { resolve("none"); };
          return player.play().catch(function (error) {
            voiceNote.textContent = "The question's audio could not be played here (" + error.message + "): read the question.";
            hooks.root.dataset.voice = "none";
            resolve("none");
          });
        }).catch(function (error) {
          voiceNote.textContent = "No voice for " + (LANGUAGES[q.language] || q.language) + " here: read the question. (" + error.message + ")";
          hooks.root.dataset.voice = "none";
          resolve("none");
        });
      });
    }

    function ask(q) {
      stopAll();
      question = q;
      state = "idle";
      points = [];
      begin.hidden = false;
      begin.disabled = false;
      stopButton.hidden = true;
      panel.hidden = true;
      el("iv-spoken-hint").hidden = false;
      voiceNote.textContent = "Press Space to hear the question; recording starts when it ends.";
      begin.focus({ preventScroll: true });
    }

    function start() {
      if (state !== "idle" || !question) return;
      state = "speaking";
      begin.disabled = true;
      var q = question;
      ensureAudio().then(function () { return say(q); }).then(function () {
        if (question !== q || state !== "speaking") return;
        return record();
      }).catch(function (error) {
        state = "idle";
        begin.disabled = false;
        hooks.status("Cannot record: " + error.message + ". Allow the microphone, or answer in a typed interview.");
      });
    }

    function replayQuestion() {
      if (!question || state === "recording" || state === "uploading") return;
      ensureAudio().then(function () { return say(question); });
    }

    function record() {
      // the browser asks for the microphone the first time only; the tracks are stopped after each answer
      return navigator.mediaDevices.getUserMedia({ audio: { echoCancellation: false, noiseSuppression: false, autoGainControl: false } })
        .then(function (s) {
          stream = s;
          source = audioContext.createMediaStreamSource(stream);
          node = new AudioWorkletNode(audioContext, "prepdeck-recorder");
          chunks = [];
          samples = 0;
          heardVoice = false;
          floorDb = -60;
          node.port.onmessage = function (e) { onBlock(e.data); };
          source.connect(node);
          startedAt = performance.now();
          lastVoice = startedAt;
          state = "recording";
          begin.hidden = true;
          stopButton.hidden = false;
          panel.hidden = false;
          hooks.root.dataset.recording = "1";
          silence.textContent = "waiting for your first word";
          hooks.status("Recording: answer aloud, Enter stops.");
          stopButton.focus({ preventScroll: true });
          timer = setInterval(watch, 100);
        });
    }

    function onBlock(block) {
      if (state !== "recording") return;
      chunks.push(block);
      samples += block.length;
      var sum = 0;
      for (var i = 0; i < block.length; i++) sum += block[i] * block[i];
      var db = 10 * Math.log10(sum / block.length + 1e-12);
      if (db < floorDb) floorDb = db; else floorDb += (db - floorDb) * 0.002;
      var voiced = db > Math.max(floorDb + 9, -50);
      if (voiced) { lastVoice = performance.now(); heardVoice = true; }
      level.value = Math.max(0, Math.min(1, (db + 60) / 60));
    }

    function watch() {
      if (state !== "recording") return;
      var now = performance.now();
      var elapsed = (now - startedAt) / 1000, quiet = (now - lastVoice) / 1000;
      recTime.textContent = hooks.clock(elapsed * 1000);
      if (quiet >= 1) {
        silence.textContent = (heardVoice ? "silent for " : "no word yet, ") + quiet.toFixed(0) + " s";
        silence.classList.add("silent");
      } else {
        silence.textContent = "speaking";
        silence.classList.remove("silent");
      }
      if (elapsed >= LIMIT_S) stop("time is up");
      else if (heardVoice && quiet >= LONG_SILENCE_S) stop("a long silence");
      else if (!heardVoice && quiet >= NO_SPEECH_S) stop("no answer heard");
    }

    function stopAll() {
      clearInterval(timer);
      if (source) { try { source.disconnect(); } catch (e) { /* already */ } }
      if (node) node.port.onmessage = null;
      if (stream) stream.getTracks().forEach(function (t) { t.stop(); });
      stream = source = node = null;
      delete hooks.root.dataset.recording;
      player.pause();
    }

    function stop(why) {
      if (state !== "recording") return;
      state = "uploading";
      stopAll();
      stopButton.hidden = true;
      panel.hidden = true;
      hooks.status("Stopped (" + why + "). Working out how you said it…");
      var wav = encode(chunks, samples, audioContext.sampleRate);
      chunks = [];
      var q = question;
      hooks.send("/api/interviews/" + hooks.session() + "/questions/" + (q.position + 1) + "/recording",
          { method: "POST", headers: { "Content-Type": "audio/wav" }, body: wav })
        .then(hooks.json).then(function (d) {
          if (question !== q) return;
          state = "done";
          el("iv-spoken-hint").hidden = true;
          own.src = d.recording + "?t=" + Date.now();
          figures.textContent = describe(d);
          figures.dataset.json = JSON.stringify(d);
          hooks.root.dataset.delivery = JSON.stringify(d);
          hooks.reveal();
        }).catch(function (error) {
          state = "idle";
          begin.hidden = false;
          begin.disabled = false;
          hooks.status("The recording was not kept: " + error.message);
        });
    }

    function describe(d) {
      var s = function (x) { return x.toFixed(1) + " s"; };
      var pauses = d.pauses.length ? d.pauses.map(function (p) { return s(p.length_s) + " at " + s(p.at_s); }).join(", ") : "none over 1 s";
      return s(d.duration_s) + " recorded · first word " + (d.first_word_s === null ? "— (no speech heard)" : "after " + s(d.first_word_s))
          + " · pauses: " + pauses + " · speaking " + Math.round(d.speaking_ratio * 100) + "% of the time";
    }

    // A RIFF WAVE file of 16-bit mono PCM.
    function encode(blocks, count, rate) {
      var buffer = new ArrayBuffer(44 + count * 2), v = new DataView(buffer);
      var text = function (at, s) { for (var i = 0; i < s.length; i++) v.setUint8(at + i, s.charCodeAt(i)); };
      text(0, "RIFF"); v.setUint32(4, 36 + count * 2, true); text(8, "WAVE");
      text(12, "fmt "); v.setUint32(16, 16, true); v.setUint16(20, 1, true); v.setUint16(22, 1, true);
      v.setUint32(24, rate, true); v.setUint32(28, rate * 2, true); v.setUint16(32, 2, true); v.setUint16(34, 16, true);
      text(36, "data"); v.setUint32(40, count * 2, true);
      var at = 44;
      blocks.forEach(function (b) {
        for (var i = 0; i < b.length; i++, at += 2) v.setInt16(at, Math.max(-1, Math.min(1, b[i])) * 32767, true);
      });
      return new Blob([buffer], { type: "audio/wav" });
    }

    // The key points as boxes to tick; the checker gives the list, the user says which were said.
    function feedback(f, list) {
      points = f.points.map(function (p) { return p.text; });
      list.textContent = "";
      f.points.forEach(function (p, i) {
        var li = document.createElement("li");
        li.className = "point tick";
        var label = document.createElement("label");
        var box = document.createElement("input");
        box.type = "checkbox";
        box.id = "iv-tick-" + i;
        box.dataset.index = String(i);
        label.appendChild(box);
        var span = document.createElement("span");
        span.textContent = p.text;
        span.lang = question ? question.language : "";
        label.appendChild(span);
        li.appendChild(label);
        list.appendChild(li);
      });
      return f.points.length
        ? "Tick the key points you said (" + f.points.length + "), then grade yourself."
        : "The reference has nothing to tick: grade yourself.";
    }

    function ticks() {
      return points.map(function (text, i) {
        var box = el("iv-tick-" + i);
        return { text: text, ticked: !!(box && box.checked) };
      });
    }

    // Sent before the grade, so the report shows which points the user said.
    function beforeGrade() {
      if (!question || !points.length) return Promise.resolve();
      return hooks.send("/api/interviews/" + hooks.session() + "/questions/" + (question.position + 1) + "/ticks",
          { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ points: ticks() }) }).then(hooks.json);
    }

    function deleteOwn() {
      if (!question) return;
      hooks.send("/api/interviews/" + hooks.session() + "/questions/" + (question.position + 1) + "/recording", { method: "DELETE" })
        .then(hooks.json).then(function () {
          own.removeAttribute("src");
          own.load();
          figures.textContent = "Recording deleted.";
        });
    }

    // Keys of spoken mode; true when the key was used.
    function key(e, stage) {
      if (stage === "answering") {
        if ((e.key === " " || e.key === "Enter") && state === "idle") { start(); return true; }
        if (e.key === "Enter" && state === "recording") { stop("Enter"); return true; }
        if ((e.key === "q" || e.key === "Q") && state !== "recording") { replayQuestion(); return true; }
      }
      if (stage === "feedback" || stage === "graded") {
        if (e.key === "p" || e.key === "P") { if (own.paused) own.play(); else own.pause(); return true; }
        if (e.key === "k" || e.key === "K") { var first = el("iv-tick-0"); if (first) first.focus(); return true; }
      }
      return false;
    }

    begin.addEventListener("click", start);
    stopButton.addEventListener("click", function () { stop("the button"); });
    replay.addEventListener("click", replayQuestion);
    el("iv-delete-own").addEventListener("click", deleteOwn);
    if (window.speechSynthesis) window.speechSynthesis.getVoices(); // the list loads in the background

    return { ask: ask, feedback: feedback, beforeGrade: beforeGrade, key: key, leave: stopAll };
  };
})();

// The mock interview page: asks the session's questions in order from /api/interviews/{id}, sends a typed
// answer for key-point feedback, records the user's grade (a review, stored once however often it is sent),
// skips, and finishes. In spoken mode (spoken.js) questions are read aloud and answers recorded. Two clocks run on the page; the server records when each question was asked and
// answered. Keys: Ctrl+Enter check, Esc leave the text box, s skip, 1-4 grade, n/Enter next, f finish.
(function () {
  "use strict";

  var root = document.getElementById("interview");
  if (!root) return;
  var id = root.dataset.session;
  var minutes = root.dataset.minutes ? Number(root.dataset.minutes) : 0;
  var el = function (name) { return document.getElementById(name); };
  var card = el("iv-card"), status = el("iv-status"), form = el("iv-form"), text = el("iv-answer");
  var feedback = el("iv-feedback"), grades = el("iv-grades"), next = el("iv-next"), done = el("iv-done");

  var session = null;   // the API's session
  var current = null;   // the question shown
  var stage = "none";   // none | answering | feedback | graded | done
  var busy = false;
  var offset = 0;       // server clock minus this one
  var questionStart = 0, questionStop = 0;
  // spoken mode (spoken.js): questions read aloud, answers recorded; the reveal below then shows points to tick
  var spoken = root.dataset.spoken && window.prepdeckSpoken ? window.prepdeckSpoken({
    root: root,
    session: function () { return id; },
    send: function (url, options) { return send(url, options); },
    json: function (response) { return json(response); },
    status: function (message) { status.textContent = message; },
    clock: function (ms) { return clock(ms); },
    reveal: function () { check(); }
  }) : null;

  function sleep(ms) { return new Promise(function (resolve) { setTimeout(resolve, ms); }); }

  // A network failure or a 5xx is retried with the same request; a 4xx is final.
  function send(url, options, attempt) {
    attempt = attempt || 0;
    // server mode: a change carries the session's CSRF token (app.js reads it; single-user mode has none)
    var csrf = window.prepdeckCsrfToken && window.prepdeckCsrfToken();
    if (csrf && options.method && options.method !== "GET") options.headers = Object.assign({ "X-CSRF-Token": csrf }, options.headers);
    return fetch(url, options).then(function (response) {
      if (response.status >= 500 && attempt < 5) return sleep(250 * Math.pow(2, attempt)).then(function () { return send(url, options, attempt + 1); });
      return response;
    }, function (error) {
      if (attempt >= 5) throw error;
      status.textContent = "Connection lost, retrying…";
      return sleep(250 * Math.pow(2, attempt)).then(function () { return send(url, options, attempt + 1); });
    });
  }

  function json(response) {
    return response.json().then(function (body) {
      if (!response.ok) throw new Error(body && body.error ? body.error : "HTTP " + response.status);
      return body;
    });
  }

  function post(path, body) {
    return send("/api/interviews/" + id + path, { method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body || {}) }).then(json);
  }

  function fail(what) {
    return function (error) {
      busy = false;
      status.textContent = what + ": " + error.message;
    };
  }

  function clock(ms) {
    var s = Math.max(0, Math.floor(ms / 1000));
    var m = Math.floor(s / 60);
    s = s % 60;
    return m + ":" + (s < 10 ? "0" : "") + s;
  }

  function tick() {
    if (!session) return;
    var now = Date.now() + offset;
    var elapsed = now - session.started_at_ms;
    var sessionTime = el("iv-session-time");
    sessionTime.textContent = clock(elapsed);
    if (minutes && elapsed > minutes * 60000 && !root.classList.contains("overtime")) {
      root.classList.add("overtime");
      status.textContent = "Time is up: finish when you like (f).";
    }
    if (questionStart) el("iv-question-time").textContent = clock((questionStop || now) - questionStart);
  }

  function load() {
    busy = true;
    return send("/api/interviews/" + id, { headers: { Accept: "application/json" } }).then(json).then(function (s) {
      session = s;
      offset = s.now_ms - Date.now();
      busy = false;
      if (s.finished) { window.location.href = "/interview/" + id; return; }
      show(s.current);
    }).catch(fail("Could not load the interview"));
  }

  function show(position) {
    feedback.hidden = true;
    next.hidden = true;
    if (position < 0) {
      current = null;
      stage = "done";
      card.hidden = true;
      done.hidden = false;
      questionStart = 0;
      status.textContent = "All questions done: press f or Enter for the report.";
      el("iv-finish").focus({ preventScroll: true });
      return;
    }
    current = session.questions[position];
    stage = "answering";
    el("iv-number").textContent = String(position + 1);
    el("iv-prompt").textContent = current.prompt;
    el("iv-prompt").lang = current.language;
    var stem = el("iv-stem");
    stem.innerHTML = current.stem_html || ""; // rendered and sanitized by the server, as the answer is
    stem.lang = current.language;
    stem.hidden = !current.stem_html;
    if (window.hljs) stem.querySelectorAll('pre code[class*="language-"]').forEach(function (e) { window.hljs.highlightElement(e); });
    el("iv-topic").textContent = current.topic;
    el("iv-kind").textContent = current.follow_up ? "follow-up" : "question";
    card.dataset.card = current.card;
    card.dataset.position = String(position);
    card.hidden = false;
    done.hidden = true;
    form.hidden = !!spoken;
    text.value = "";
    text.disabled = false;
    questionStart = current.asked_at_ms || (Date.now() + offset);
    questionStop = 0;
    status.textContent = answeredCount() + " of " + session.questions.length + " done";
    if (spoken) spoken.ask(current);
    else text.focus({ preventScroll: true });
    tick();
  }

  function answeredCount() {
    return session.questions.filter(function (q) { return q.done; }).length;
  }

  function check() {
    if (stage !== "answering" || busy) return;
    if (spoken) text.value = ""; // a spoken answer is revealed without typing: the user ticks its points
    busy = true;
    status.textContent = "Checking…";
    post("/questions/" + (current.position + 1) + "/answer", { answer: text.value }).then(function (f) {
      busy = false;
      stage = "feedback";
      questionStop = Date.now() + offset;
      text.disabled = true;
      form.hidden = true;
      var typed = f.score !== null || (f.answer && f.answer.trim() !== "");
      var covered = f.points.filter(function (p) { return p.status === "covered"; }).length;
      var contradicted = f.points.filter(function (p) { return p.status === "contradicted"; }).length;
      var score = el("iv-score");
      score.textContent = !typed ? "Revealed without typing: no score. Grade yourself honestly."
          : f.score === null ? "Nothing to check against — grade yourself."
          : "Score " + Math.round(f.score * 100) + "%: " + covered + " of " + f.points.length + " key points"
            + (contradicted ? ", " + contradicted + " said otherwise" : "");
      var list = el("iv-points");
      list.textContent = "";
      if (spoken) score.textContent = spoken.feedback(f, list);
      else f.points.forEach(function (p) {
        var li = document.createElement("li");
        var status = typed ? p.status : "none";
        li.className = "point " + status;
        li.dataset.status = status;
        var sign = { covered: "✓ ", missed: "✗ ", contradicted: "≠ ", none: "• " }[status] || "• ";
        var label = { covered: "stated: ", missed: "missed: ", contradicted: "said otherwise: ", none: "" }[status] || "";
        var hidden = document.createElement("span");
        hidden.className = "visually-hidden";
        hidden.textContent = label;
        li.appendChild(document.createTextNode(sign));
        li.appendChild(hidden);
        li.appendChild(document.createTextNode(p.text));
        if (typed && p.matched && p.matched.length) {
          var said = document.createElement("span");
          said.className = "point-matched";
          said.textContent = " — you said: " + p.matched.join(" ");
          li.appendChild(said);
        }
        li.lang = current.language;
        list.appendChild(li);
      });
      var typedBox = el("iv-typed");
      typedBox.textContent = "";
      el("iv-typed-box").hidden = !typed;
      if (typed) markWords(typedBox, f.answer, f.points);
      var lying = el("iv-lying");
      var lines = f.lying_snippets || [];
      lying.hidden = lines.length === 0;
      lying.textContent = lines.length === 0 ? "" : "Warning: the last snippet check found that the expected output in your notes is not what "
          + (lines.length === 1 ? "this snippet prints" : "these snippets print") + " (line " + lines.join(", ")
          + "): do not trust it as the reference.";
      var reference = el("iv-reference");
      reference.innerHTML = f.answer_html; // rendered and sanitized by the server, as on the card page
      reference.lang = current.language;
      if (typed) f.points.forEach(function (p) {
        if (p.status !== "missed") markText(reference, p.text.replace(/ …$/, ""), p.status === "covered" ? "hit" : "contra");
      });
      if (window.hljs) reference.querySelectorAll('pre code[class*="language-"]').forEach(function (e) { window.hljs.highlightElement(e); });
      grades.hidden = false;
      feedback.hidden = false;
      status.textContent = spoken ? "Listen, tick what you said, then grade: 1 Again, 2 Hard, 3 Good, 4 Easy"
          : "Grade yourself: 1 Again, 2 Hard, 3 Good, 4 Easy";
      var good = grades.querySelector(".grade-3");
      if (good) good.focus({ preventScroll: true });
    }).catch(fail("Not checked"));
  }

  // The typed answer as text, its words that stated a point marked (those that said otherwise in red).
  function markWords(box, answer, points) {
    var kinds = {};
    points.forEach(function (p) {
      (p.matched || []).forEach(function (w) {
        if (p.status === "covered" || !kinds[w.toLowerCase()]) kinds[w.toLowerCase()] = p.status === "covered" ? "hit" : "contra";
      });
    });
    var parts = answer.split(/([\p{L}\p{N}_'.]+)/u);
    parts.forEach(function (part) {
      var kind = kinds[part.toLowerCase()] || kinds[part.toLowerCase().replace(/[.]+$/, "")];
      if (kind && part.trim() !== "") {
        var m = document.createElement("mark");
        m.className = kind;
        m.textContent = part;
        box.appendChild(m);
      } else {
        box.appendChild(document.createTextNode(part));
      }
    });
  }

  // Marks the first place the reference's rendered text holds a point's words (within one text node).
  function markText(root, text, kind) {
    if (!text) return;
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    var node;
    while ((node = walker.nextNode())) {
      if (node.parentNode && node.parentNode.closest && node.parentNode.closest("mark")) continue;
      var at = node.nodeValue.indexOf(text);
      if (at < 0) continue;
      var after = node.splitText(at);
      after.splitText(text.length);
      var m = document.createElement("mark");
      m.className = kind;
      after.parentNode.replaceChild(m, after);
      m.appendChild(after);
      return;
    }
  }

  function grade(rating) {
    if (stage !== "feedback" || busy) return;
    busy = true;
    status.textContent = "Saving…";
    (spoken ? spoken.beforeGrade() : Promise.resolve()).then(function () {
      return post("/questions/" + (current.position + 1) + "/grade", { rating: rating });
    }).then(function () {
      busy = false;
      stage = "graded";
      current.done = true;
      current.rating = rating;
      grades.hidden = true;
      next.hidden = false;
      status.textContent = "Graded " + ["", "Again", "Hard", "Good", "Easy"][rating] + " · " + answeredCount() + " of "
          + session.questions.length + " done · n or Enter for the next question";
      next.focus({ preventScroll: true });
    }).catch(fail("Not saved"));
  }

  function skip() {
    if ((stage !== "answering" && stage !== "feedback") || busy) return;
    busy = true;
    if (spoken) spoken.leave();
    post("/questions/" + (current.position + 1) + "/skip").then(function (s) {
      busy = false;
      session = s;
      show(s.current);
    }).catch(fail("Not skipped"));
  }

  function goNext() {
    if (stage !== "graded" || busy) return;
    load();
  }

  function finish() {
    if (busy) return;
    busy = true;
    status.textContent = "Finishing…";
    post("/finish").then(function (r) { window.location.href = r.report; }).catch(fail("Not finished"));
  }

  function typing(target) {
    if (target && target.tagName === "INPUT" && target.type === "checkbox") return false; // a key point's box: keys still work
    return target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  }

  document.addEventListener("keydown", function (e) {
    if (e.target === text) {
      if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); check(); }
      else if (e.key === "Escape") { e.preventDefault(); text.blur(); root.focus({ preventScroll: true }); }
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
    if (spoken && e.key === " " && e.target && e.target.type === "checkbox") return; // Space ticks the box
    if (spoken && spoken.key(e, stage)) { e.preventDefault(); return; }
    if (e.key >= "1" && e.key <= "4" && stage === "feedback") { e.preventDefault(); grade(Number(e.key)); }
    else if ((e.key === "n" || e.key === "Enter") && stage === "graded") { e.preventDefault(); goNext(); }
    else if (e.key === "Enter" && stage === "done") { e.preventDefault(); finish(); }
    else if (e.key === "Enter" && stage === "feedback") { e.preventDefault(); } // a focused grade button must not grade by accident
    else if (e.key === "s" || e.key === "S") { e.preventDefault(); skip(); }
    else if (e.key === "f" || e.key === "F") { e.preventDefault(); finish(); }
    else if (e.key === "Escape" && stage === "answering" && !spoken) { e.preventDefault(); text.focus(); }
  });

  form.addEventListener("submit", function (e) { e.preventDefault(); check(); });
  el("iv-skip").addEventListener("click", skip);
  grades.addEventListener("click", function (e) {
    var button = e.target.closest(".grade");
    if (button) grade(Number(button.dataset.rating));
  });
  next.addEventListener("click", goNext);
  el("iv-finish").addEventListener("click", finish);
  root.tabIndex = -1;
  setInterval(tick, 500);
  load();
})();

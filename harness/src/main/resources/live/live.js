// The live page: reads the harness's events (server-sent, at most one message a second) and
// draws them. Everything shown comes from the events; the page computes nothing the report does.
(() => {
  "use strict";

  const state = {
    t0: null,          // the plan's time: x = seconds since it
    plan: null,
    runs: new Map(),   // run id -> {label, engine, colour, phase, counted, expected}
    engines: new Map(),// series name -> {colour, runs, rate: [[x, y]], latency: [[x, y]], words}
    moments: [],       // {x, run, what}
    current: null,
  };
  const charts = { rate: null, latency: null, names: "" };

  const $ = (id) => document.getElementById(id);
  const seconds = (t) => (t - state.t0) / 1000;

  function engineOf(run) {
    const name = run.engine || "other";
    if (!state.engines.has(name)) {
      state.engines.set(name, { colour: run.colour || "#777777", runs: 0, rate: [], latency: [], words: 0 });
    }
    return state.engines.get(name);
  }

  function cell(row, text, cls) {
    const td = row.insertCell();
    td.textContent = text;
    if (cls) td.className = cls;
    return td;
  }

  function apply(e) {
    if (state.t0 === null) state.t0 = e.t;
    const run = e.run !== undefined ? state.runs.get(e.run) : null;
    switch (e.type) {
      case "plan":
        if (state.plan && state.plan.session !== e.session) {
          location.reload(); // a page left open on the port: a new comparison starts afresh
          return;
        }
        state.plan = e;
        state.t0 = e.t;
        $("command").textContent = e.command;
        $("plan-text").textContent = "Mode: " + e.mode + ". Jobs: " + e.jobs.join(", ") + ". Engines: "
          + e.engines.join(", ") + ". Runs of each: " + e.runs + ".";
        break;
      case "run": {
        const r = { id: e.run, label: e.label, engine: e.engine || "other", colour: e.colour, phase: "", counted: 0, expected: 0 };
        state.runs.set(e.run, r);
        state.current = r;
        engineOf(r).runs += 1;
        engineOf(r).words = 0;
        break;
      }
      case "phase":
        if (run) { run.phase = e.phase; run.counted = e.counted; run.expected = e.expected; }
        break;
      case "batch":
        if (run) {
          const engine = engineOf(run);
          engine.rate.push([seconds(e.at), e.rate]);
          engine.words = e.words;
          run.counted = e.words;
        }
        break;
      case "latency":
        if (run) engineOf(run).latency.push([seconds(e.at), e.ms]);
        break;
      case "moment":
        state.moments.push({ x: seconds(e.t), run: run ? run.label : "", what: e.what });
        if (run) {
          const row = $("moments").tBodies[0].insertRow();
          cell(row, seconds(e.t).toFixed(1));
          cell(row, run.label);
          cell(row, e.what);
        }
        break;
      case "verdict":
        if (run) {
          run.verdict = e;
          const row = $("verdicts").tBodies[0].insertRow();
          row.className = "verdict " + (e.ok ? "ok" : "wrong");
          row.dataset.run = e.run;
          cell(row, run.label);
          cell(row, e.text, e.ok ? "ok" : "wrong");
          cell(row, e.seconds.toFixed(1));
        }
        break;
      case "done":
        done(e);
        break;
    }
  }

  function done(e) {
    const p = $("report");
    p.textContent = (e.passed ? "Every run correct. " : "Some runs are wrong or failed. ") + "Report " + e.folder + ": fetching …";
    p.className = e.passed ? "ok" : "wrong";
    $("status").textContent = "finished";
    // Fetched at once and kept in the page, so that the link still works once the harness has exited.
    fetch(e.report).then((response) => response.ok ? response.blob() : Promise.reject(response.status)).then((blob) => {
      const a = document.createElement("a");
      a.id = "report-link";
      a.href = URL.createObjectURL(blob);
      a.target = "_blank";
      a.textContent = "open the finished report";
      p.textContent = (e.passed ? "Every run correct. " : "Some runs are wrong or failed. ") + "Report " + e.folder + ": ";
      p.appendChild(a);
    }).catch(() => { p.textContent += " (not fetched: see the folder the console names)"; });
  }

  function number(v) {
    if (v === null || v === undefined) return "";
    const a = Math.abs(v);
    return a >= 1e6 ? (v / 1e6).toFixed(1) + " M" : a >= 1e4 ? (v / 1e3).toFixed(0) + " k" : String(Math.round(v));
  }

  // uPlot wants one x array for every series: the union of their x, with nulls where a series has no point.
  function aligned(kind, names) {
    const xs = Array.from(new Set(names.flatMap((n) => state.engines.get(n)[kind].map((p) => p[0])))).sort((a, b) => a - b);
    const index = new Map(xs.map((x, i) => [x, i]));
    const data = [xs];
    for (const n of names) {
      const ys = new Array(xs.length).fill(null);
      for (const [x, y] of state.engines.get(n)[kind]) ys[index.get(x)] = y;
      data.push(ys);
    }
    return data;
  }

  function momentLines(u) {
    const ctx = u.ctx;
    ctx.save();
    ctx.strokeStyle = "#b00";
    ctx.setLineDash([4, 4]);
    for (const m of state.moments) {
      const x = u.valToPos(m.x, "x", true);
      if (x >= u.bbox.left && x <= u.bbox.left + u.bbox.width) {
        ctx.beginPath();
        ctx.moveTo(x, u.bbox.top);
        ctx.lineTo(x, u.bbox.top + u.bbox.height);
        ctx.stroke();
      }
    }
    ctx.restore();
  }

  function plot(element, kind, unit, names, lines) {
    element.textContent = "";
    return new uPlot({
      width: Math.max(400, element.clientWidth || 900),
      height: 300,
      scales: { x: { time: false } },
      axes: [{ label: "s since the start" }, { label: unit, size: 70, values: (u, vals) => vals.map(number) }],
      series: [{ label: "s", value: (u, v) => v === null ? "" : v.toFixed(1) }].concat(names.map((n) => ({
        label: n,
        stroke: state.engines.get(n).colour,
        width: lines ? 1.5 : 0,
        spanGaps: lines,
        paths: lines ? undefined : () => null,
        points: { show: true, size: lines ? 5 : 6, stroke: state.engines.get(n).colour, fill: state.engines.get(n).colour },
        value: (u, v) => number(v),
      }))),
      hooks: lines ? { draw: [momentLines] } : {},
    }, aligned(kind, names), element);
  }

  function draw() {
    const names = Array.from(state.engines.keys());
    if (charts.names !== names.join("|")) {
      if (charts.rate) charts.rate.destroy();
      if (charts.latency) charts.latency.destroy();
      charts.rate = plot($("rate-chart"), "rate", "words/s", names, true);
      charts.latency = plot($("latency-chart"), "latency", "ms", names, false);
      charts.names = names.join("|");
    } else if (names.length) {
      charts.rate.setData(aligned("rate", names));
      charts.latency.setData(aligned("latency", names));
    }
    const body = $("engines").tBodies[0];
    body.textContent = "";
    for (const [name, e] of state.engines) {
      const row = body.insertRow();
      row.dataset.engine = name;
      const swatch = document.createElement("span");
      swatch.className = "swatch";
      swatch.style.background = e.colour;
      const first = row.insertCell();
      first.appendChild(swatch);
      first.appendChild(document.createTextNode(name));
      cell(row, String(e.runs), "runs");
      cell(row, String(e.rate.length), "batches");
      cell(row, String(e.latency.length), "points");
      cell(row, e.words.toLocaleString("en"), "words");
    }
    const r = state.current;
    if (r) {
      const started = state.runs.size;
      $("now").textContent = "Run " + started + " started so far. Now: " + r.label + (r.verdict ? " (ended)" : ": " + r.phase + ", "
        + r.counted.toLocaleString("en") + (r.expected ? " of " + r.expected.toLocaleString("en") : "") + " words counted");
    }
  }

  const source = new EventSource("events");
  source.onopen = () => { if ($("status").textContent !== "finished") $("status").textContent = "running"; };
  source.onerror = () => {
    if ($("status").textContent !== "finished") $("status").textContent = "not connected: the harness has ended, or is busy";
    if ($("status").textContent === "finished") source.close();
  };
  source.onmessage = (message) => {
    JSON.parse(message.data).forEach(apply);
    draw();
  };
})();

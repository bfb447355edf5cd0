// The operator page: polls api/summary and draws it. Every value is set with textContent (never
// innerHTML), so user ids, model names and findings can never become markup.
"use strict";
(function () {
  const meta = (name) => document.querySelector(`meta[name="${name}"]`).content;
  const csrf = meta("aiwarden-csrf");
  const pollMs = Math.max(1, Number(meta("aiwarden-poll"))) * 1000;
  const maySwitch = meta("aiwarden-switch") === "yes";
  const COLORS = { allowed: "#3b7ddd", rate_limit: "#9a6700", budget: "#8250df", injection: "#b3261e",
    auth: "#57606a", output: "#bf3989", kill_switch: "#1d232a", other: "#8c959f" };
  let chart = null;

  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function money(v) { return "$" + (v >= 1 ? v.toFixed(2) : v.toPrecision(2)); }
  function amount(metric, v) { return metric === "spend" ? money(v) : Number(v).toLocaleString(); }
  function row(tbody, cells) {
    const tr = el("tr");
    for (const [text, cls, raw] of cells) {
      const td = el("td", text, cls);
      if (raw !== undefined) td.dataset.value = String(raw);  // the exact number, for tools and tests
      tr.appendChild(td);
    }
    tbody.appendChild(tr);
  }

  function budgetBar(parent, title, b, alertsAt) {
    const box = el("div", null, "budget");
    const label = el("div", null, "label");
    label.appendChild(el("span", title));
    label.appendChild(el("span", `${amount(b.metric, b.settled)} of ${amount(b.metric, b.cap)}` +
      (b.held > b.settled ? ` (${amount(b.metric, b.held - b.settled)} in flight)` : "") +
      ` — resets ${b.resets_at}`, "muted"));
    box.appendChild(label);
    const bar = el("div", null, "bar");
    const pct = (v) => Math.min(100, b.cap > 0 ? (100 * v) / b.cap : 0) + "%";
    const held = el("div", null, "held"); held.style.width = pct(b.held); bar.appendChild(held);
    const settled = el("div", null, "settled"); settled.style.width = pct(b.settled); bar.appendChild(settled);
    for (const f of alertsAt || []) {
      const t = el("div", null, "threshold"); t.style.left = `calc(${Math.min(100, f * 100)}% - 1px)`;
      t.title = `alert at ${Math.round(f * 100)}%`; bar.appendChild(t);
    }
    if (b.cap > 0 && b.settled >= b.cap) bar.classList.add("over");
    box.appendChild(bar);
    parent.appendChild(box);
  }

  function drawBudgets(doc) {
    const root = document.getElementById("budgets");
    root.replaceChildren();
    if (!doc.global.length && !doc.tiers.some((t) => t.caps.length)) {
      root.appendChild(el("p", "The policy sets no token or spend caps.", "muted"));
    }
    for (const b of doc.global) budgetBar(root, `All callers: ${b.label}`, b, doc.alerts_at);
    for (const t of doc.tiers) {
      for (const c of t.caps) root.appendChild(el("p", `Tier ${t.tier}: ${c.label}, ${amount(c.metric, c.cap)} per user`, "muted"));
    }
  }

  function drawSpenders(doc) {
    const tbody = document.querySelector("#spenders tbody");
    tbody.replaceChildren();
    for (const t of doc.tiers) {
      for (const u of t.users) {
        if (u.source === "records") { row(tbody, [[t.tier], [u.user], ["spend today (this process)"], [money(u.spend_today), "num"], ["—", "num"]]); continue; }
        for (const b of u.budgets) {
          row(tbody, [[t.tier], [u.user], [b.label], [amount(b.metric, b.settled), "num", b.settled], [amount(b.metric, b.cap), "num", b.cap]]);
        }
      }
    }
    if (!tbody.children.length) row(tbody, [["No spend recorded yet in this period.", "muted"]]);
  }

  function drawRequests(doc) {
    const req = doc.requests;
    const names = Object.keys(req.series);
    const data = [req.start, ...names.map((n) => req.series[n])];
    const host = document.getElementById("requests-chart");
    const width = Math.max(320, host.clientWidth || 800);
    if (chart === null && window.uPlot) {
      chart = new window.uPlot({
        width, height: 220,
        series: [{}, ...names.map((n) => ({ label: n.replace("_", " "), stroke: COLORS[n] || "#888", width: 2 }))],
        axes: [{}, { label: "requests / 10 min" }],
      }, data, host);
    } else if (chart !== null) {
      chart.setData(data);
    }
    const tbody = document.querySelector("#by-route tbody");
    tbody.replaceChildren();
    for (const r of doc.by_route) {
      row(tbody, [[r.route], [r.model], [r.requests, "num", r.requests], [r.refused, "num", r.refused], [r.tokens, "num", r.tokens], [money(r.spend), "num", r.spend]]);
    }
    if (!doc.by_route.length) row(tbody, [["No requests recorded by this process yet.", "muted"]]);
  }

  function drawFlagged(doc) {
    const tbody = document.querySelector("#flagged tbody");
    tbody.replaceChildren();
    for (const f of doc.flagged) {
      const findings = Object.entries(f.findings).map(([k, n]) => `${k} ×${n}`).join(", ") +
        (f.monitored.length ? ` (monitored: ${f.monitored.join(", ")})` : "");
      row(tbody, [[f.time], [f.route], [f.model || "—"], [f.decision + (f.refusal_code ? ` (${f.refusal_code})` : "")], [findings]]);
    }
    if (!doc.flagged.length) row(tbody, [["Nothing flagged.", "muted"]]);
  }

  function drawKillSwitch(doc) {
    const ks = doc.kill_switch;
    const state = document.getElementById("killswitch-state");
    state.textContent = ks.on ? "ON — AI routes are off" : "off — AI routes serve";
    state.className = "pill " + (ks.on ? "on" : "off");
    document.getElementById("killswitch-detail").textContent = ks.on ? `since ${ks.since}, by ${ks.by}: ${ks.reason}` : "";
    document.getElementById("killswitch-controls").hidden = !(maySwitch && doc.you.may_switch);
    document.getElementById("killswitch-on").disabled = ks.on;
    document.getElementById("killswitch-off").disabled = !ks.on;
  }

  async function refresh() {
    try {
      const response = await fetch("api/summary", { credentials: "same-origin", headers: { accept: "application/json" } });
      if (response.status === 401 || response.status === 403) { window.location.reload(); return; }
      const doc = await response.json();
      drawKillSwitch(doc); drawBudgets(doc); drawSpenders(doc); drawRequests(doc); drawFlagged(doc);
      document.getElementById("updated").textContent = `updated ${doc.generated_at} · storage ${doc.storage}`;
    } catch (err) {
      document.getElementById("updated").textContent = "could not refresh: " + err;
    }
  }

  async function switchTo(action) {
    const error = document.getElementById("killswitch-error");
    error.textContent = "";
    const reason = document.getElementById("killswitch-reason").value;
    const response = await fetch("api/killswitch", {
      method: "POST", credentials: "same-origin",
      headers: { "content-type": "application/json", "x-aiwarden-csrf": csrf },
      body: JSON.stringify({ action, reason: reason || undefined }),
    });
    if (!response.ok) {
      const doc = await response.json().catch(() => ({}));
      error.textContent = (doc.error && doc.error.message) || `failed (${response.status})`;
    }
    await refresh();
  }

  document.getElementById("killswitch-on").addEventListener("click", () => switchTo("on"));
  document.getElementById("killswitch-off").addEventListener("click", () => switchTo("off"));
  refresh();
  setInterval(refresh, pollMs);
})();

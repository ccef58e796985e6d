// The chat page. Every piece of user or answer text goes into the page through textContent, never
// innerHTML: a question or a report that contains markup is shown as text and cannot run.
const conversation = document.getElementById('conversation');
const form = document.getElementById('ask');
const input = document.getElementById('question');
const send = document.getElementById('send');
const reportSelect = document.getElementById('report');
const reportSearch = document.getElementById('report-search');
const brief = document.getElementById('brief');
const examples = document.getElementById('examples');
/** the loaded reports by id: agency, year and, when known, the address of the original */
const reports = new Map();

const BRIEF_KEY = 'gongkai.brief';
brief.checked = localStorage.getItem(BRIEF_KEY) === '1';
brief.addEventListener('change', () => localStorage.setItem(BRIEF_KEY, brief.checked ? '1' : '0'));

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

function scrollToEnd() {
  window.scrollTo({ top: document.body.scrollHeight });
}

function figureOf(answer) {
  if (answer.kind !== 'figure' || answer.value === null || answer.value === undefined) return null;
  return answer.unit ? `${answer.value} ${answer.unit}` : String(answer.value);
}

// Bars drawn with plain elements; widths are set through the CSSOM, which the page's CSP allows.
// Bars are relative to the largest part and show plain values, no shares: parts may be the terms
// of a sum, a breakdown, or the numerator and denominator of a ratio.
function chart(parts) {
  const box = el('div', 'chart');
  box.setAttribute('role', 'img');
  const max = Math.max(...parts.map((p) => p.value), 0);
  box.setAttribute('aria-label', parts.map((p) => `${p.label} ${p.value}`).join('，'));
  for (const part of parts) {
    box.append(el('span', 'label', part.label));
    const track = el('div', 'track');
    const fill = el('div', 'fill');
    fill.style.width = `${max > 0 ? (part.value / max) * 100 : 0}%`;
    track.append(fill);
    box.append(track);
    box.append(el('span', 'num', String(part.value)));
  }
  return box;
}

// answer() gives the reply's body, its citations and its options apart: citations show as captions,
// options as buttons.
function presentable(answer) {
  return { body: answer.body || answer.text, citations: answer.citations || [] };
}

function renderAnswer(bubble, answer) {
  bubble.replaceChildren();
  bubble.classList.remove('pending');
  bubble.dataset.kind = answer.kind;
  const { body, citations } = presentable(answer);
  const figure = figureOf(answer);
  if (figure && !body.includes(String(answer.value))) bubble.append(el('div', 'figure', figure));
  bubble.append(el('div', 'text', body));
  if (Array.isArray(answer.parts) && answer.parts.length > 1) bubble.append(chart(answer.parts));
  for (const citation of citations) bubble.append(el('p', 'cite', citation));
  // The report each figure came from: its year, and the original document when its address is known.
  const ids = [...new Set((answer.sources || []).map((s) => s.report))];
  for (const id of ids) {
    const report = reports.get(id);
    if (!report) continue;
    const line = el('p', 'report', `${report.agency} ${report.year}年度报告`);
    if (report.url) {
      const link = el('a', '', '查看原文');
      link.href = report.url;
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
      line.append(' · ', link);
    }
    bubble.append(line);
  }
  if (Array.isArray(answer.options) && answer.options.length > 0) {
    const options = el('div', 'options');
    for (const option of answer.options) {
      const button = el('button', '', option.label);
      button.type = 'button';
      button.addEventListener('click', () => ask(option.question));
      options.append(button);
    }
    bubble.append(options);
  }
}

function renderError(bubble, message) {
  bubble.replaceChildren(el('div', 'text', message));
  bubble.classList.remove('pending');
  bubble.classList.add('error');
}

async function ask(question) {
  question = question.trim();
  if (!question) return;
  conversation.append(el('div', 'msg me', question));
  const bubble = el('div', 'msg bot pending', '正在查询…');
  conversation.append(bubble);
  scrollToEnd();
  send.disabled = true;
  const body = { question, brief: brief.checked };
  if (reportSelect.value) body.report = reportSelect.value;
  try {
    const response = await fetch('/api/ask', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify(body),
    });
    const data = await response.json().catch(() => null);
    if (!response.ok) {
      const messages = { 429: '提问太频繁了，请稍等一会儿再问。', 413: '问题太长了。' };
      renderError(bubble, messages[response.status] || (data && data.error && data.error.message) || `出错了（HTTP ${response.status}）`);
    } else {
      renderAnswer(bubble, data);
    }
  } catch {
    renderError(bubble, '无法连接服务器，请检查网络后重试。');
  } finally {
    send.disabled = false;
    scrollToEnd();
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const question = input.value;
  input.value = '';
  ask(question);
  input.focus();
});

examples.addEventListener('click', (event) => {
  const button = event.target.closest('button[data-question]');
  if (button) ask(button.dataset.question);
});

// Questions to try, drawn from the chosen report (the server checks that each is answered).
function loadExamples() {
  fetch(`/api/examples?report=${encodeURIComponent(reportSelect.value)}`)
    .then((r) => (r.ok ? r.json() : null))
    .then((data) => {
      if (!data || !Array.isArray(data.questions) || data.questions.length === 0) return;
      examples.replaceChildren(...data.questions.map((question) => {
        const button = el('button', '', question);
        button.type = 'button';
        button.dataset.question = question;
        return button;
      }));
    })
    .catch(() => {});
}
reportSelect.addEventListener('change', loadExamples);

// The picker: every report, grouped by agency, newest year first; a search box when there are many.
const SEARCH_FROM = 8;
function fillReports(list) {
  const byAgency = new Map();
  for (const report of list) {
    reports.set(report.id, report);
    if (!byAgency.has(report.agency)) byAgency.set(report.agency, []);
    byAgency.get(report.agency).push(report);
  }
  for (const [agency, items] of byAgency) {
    const group = el('optgroup');
    group.label = agency;
    for (const report of items.sort((a, b) => b.year - a.year)) {
      const option = el('option', '', `${agency} ${report.year}年`);
      option.value = report.id;
      group.append(option);
    }
    reportSelect.append(group);
  }
  document.getElementById('report-search-box').hidden = list.length < SEARCH_FROM;
}

reportSearch.addEventListener('input', () => {
  const words = reportSearch.value.trim().split(/\s+/).filter(Boolean);
  for (const group of reportSelect.querySelectorAll('optgroup')) {
    let shown = 0;
    for (const option of group.querySelectorAll('option')) {
      option.hidden = !words.every((w) => option.textContent.includes(w));
      if (!option.hidden) shown++;
    }
    group.hidden = shown === 0;
  }
});
reportSearch.addEventListener('keydown', (event) => {
  if (event.key !== 'Enter') return;
  event.preventDefault();
  const first = [...reportSelect.querySelectorAll('option')].find((o) => o.value && !o.hidden);
  if (first) {
    reportSelect.value = first.value;
    reportSelect.dispatchEvent(new Event('change'));
    reportSelect.focus();
  }
});

// The agency's name, logo, colour, footer and hotline (GONGKAI_SITE_*).
function applySite(site) {
  const root = document.documentElement.style;
  root.setProperty('--accent', site.colour);
  root.setProperty('--on-accent', site.onColour);
  document.getElementById('site-name').textContent = site.name;
  document.title = `${site.name} · 政府信息公开年报问答`;
  const logo = document.getElementById('logo');
  if (site.logoUrl) {
    logo.src = site.logoUrl;
    logo.alt = `${site.name}标志`;
    logo.hidden = false;
  }
  const hotline = document.getElementById('hotline-number');
  hotline.textContent = site.hotline;
  hotline.href = `tel:${site.hotline.replace(/[^0-9+]/g, '')}`;
  document.getElementById('disclaimer').textContent = site.disclaimer;
  document.getElementById('operator').textContent = site.operator ? `主办：${site.operator}` : '';
  const privacy = document.getElementById('privacy');
  if (site.privacyUrl) {
    privacy.href = site.privacyUrl;
    privacy.hidden = false;
  }
}

fetch('/api/site')
  .then((r) => (r.ok ? r.json() : null))
  .then((site) => site && applySite(site))
  .catch(() => {});

fetch('/api/reports')
  .then((r) => (r.ok ? r.json() : []))
  .then(fillReports)
  .catch(() => {})
  .finally(loadExamples);

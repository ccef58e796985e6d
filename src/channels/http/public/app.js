// The chat page. Every piece of user or answer text goes into the page through textContent, never
// innerHTML: a question or a report that contains markup is shown as text and cannot run.
const conversation = document.getElementById('conversation');
const form = document.getElementById('ask');
const input = document.getElementById('question');
const send = document.getElementById('send');
const reportSelect = document.getElementById('report');
const brief = document.getElementById('brief');

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

document.getElementById('examples').addEventListener('click', (event) => {
  const button = event.target.closest('button[data-question]');
  if (button) ask(button.dataset.question);
});

fetch('/api/reports')
  .then((r) => (r.ok ? r.json() : []))
  .then((reports) => {
    for (const report of reports) {
      const option = el('option', '', `${report.agency} ${report.year}`);
      option.value = report.id;
      reportSelect.append(option);
    }
  })
  .catch(() => {});

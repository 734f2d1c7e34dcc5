/**
 * In-page timing for the page-load benchmark. Plain script strings, not functions: tsx compiles functions with
 * esbuild's keepNames, whose `__name(…)` helper does not exist in the page.
 *
 * Clock: performance.now() in the page, whose zero is the navigation start (the page.goto that opened it), so
 * Playwright's own round trips are not counted. "Painted" = the frame after the DOM change has run: the first
 * requestAnimationFrame after it (that frame's style, layout and paint follow it), then a MessageChannel task,
 * which runs once that frame is done.
 */

/** Context init script: records when the app's readiness signals appear (DESIGN §7) and the page's own events. */
export const TIMING_INIT_SCRIPT = `(() => {
  const marks = {};
  Object.defineProperty(window, '__benchMarks', { value: marks });
  const afterPaint = (key) => requestAnimationFrame(() => {
    marks[key + 'Frame'] = performance.now();
    const channel = new MessageChannel();
    channel.port1.onmessage = () => { marks[key + 'Painted'] = performance.now(); };
    channel.port2.postMessage(0);
  });
  const watch = (root) => {
    const check = () => {
      if (marks.ready === undefined && root.dataset.ready === 'report') {
        marks.ready = performance.now();
        afterPaint('ready');
      }
      if (marks.annotations === undefined && root.dataset.annotations !== undefined) {
        marks.annotations = performance.now();
        marks.annotationCount = Number(root.dataset.annotations);
        afterPaint('annotations');
      }
      if (marks.allAnnotations === undefined && root.dataset.annotationsPainted === 'all') {
        marks.allAnnotations = performance.now();
        afterPaint('allAnnotations');
      }
    };
    new MutationObserver(check).observe(root, {
      attributes: true,
      attributeFilter: ['data-ready', 'data-annotations', 'data-annotations-painted'],
    });
    check();
  };
  if (document.documentElement) watch(document.documentElement);
  else {
    const waitForRoot = new MutationObserver(() => {
      if (!document.documentElement) return;
      waitForRoot.disconnect();
      watch(document.documentElement);
    });
    waitForRoot.observe(document, { childList: true });
  }
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') marks.fcp = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
  document.addEventListener('DOMContentLoaded', () => { marks.dcl = performance.now(); afterPaint('dcl'); });
  addEventListener('load', () => { marks.load = performance.now(); });
})();`;

export interface PageMarks {
  ready?: number;
  readyFrame?: number;
  readyPainted?: number;
  annotations?: number;
  annotationCount?: number;
  annotationsFrame?: number;
  annotationsPainted?: number;
  /** data-annotations-painted="all": every highlight painted, off-screen ones included. */
  allAnnotations?: number;
  allAnnotationsFrame?: number;
  allAnnotationsPainted?: number;
  dcl?: number;
  dclFrame?: number;
  dclPainted?: number;
  load?: number;
  fcp?: number;
}

/** Expression: the marks so far. */
export const READ_MARKS = `({ ...window.__benchMarks })`;

/**
 * Expression: arms a probe for one highlight. It records the trusted click's event time (the colour button, clicked
 * by Playwright's mouse), when a mark carrying an annotation id not painted before enters the report (React's
 * commit), the frame after that, and when data-pending-saves returns to 0 (main acknowledged the write on disk).
 */
export const ARM_HIGHLIGHT_PROBE = `(() => {
  const root = document.documentElement;
  const report = document.querySelector('.report');
  const known = new Set();
  for (const mark of report.querySelectorAll('mark[data-annotation-ids]'))
    for (const id of mark.dataset.annotationIds.split(' ')) known.add(id);
  const probe = {};
  Object.defineProperty(window, '__benchHighlight', { value: probe, configurable: true });
  addEventListener('click', (event) => { probe.click = event.timeStamp; }, { capture: true, once: true });
  const isNew = (node) => node instanceof Element &&
    [node, ...node.querySelectorAll('mark')].some((mark) => mark.matches('mark[data-annotation-ids]') &&
      mark.dataset.annotationIds.split(' ').some((id) => !known.has(id)));
  const painted = new MutationObserver((records) => {
    if (probe.click === undefined) return;
    const hit = records.some((record) => record.type === 'attributes' ? isNew(record.target) : [...record.addedNodes].some(isNew));
    if (!hit) return;
    probe.dom = performance.now();
    painted.disconnect();
    requestAnimationFrame(() => {
      probe.frame = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { probe.painted = performance.now(); };
      channel.port2.postMessage(0);
    });
  });
  painted.observe(report, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-annotation-ids'] });
  let pending = false;
  const saved = new MutationObserver(() => {
    if (probe.click === undefined) return;
    if (root.dataset.pendingSaves !== '0') pending = true;
    else if (pending) { probe.ack = performance.now(); saved.disconnect(); }
  });
  saved.observe(root, { attributes: true, attributeFilter: ['data-pending-saves'] });
})()`;

export interface HighlightProbe {
  click?: number;
  dom?: number;
  frame?: number;
  painted?: number;
  ack?: number;
}

export const READ_HIGHLIGHT_PROBE = `({ ...window.__benchHighlight })`;

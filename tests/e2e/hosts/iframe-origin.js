// Adds the embed frame with the ?origin= value given to this page (absent when not given).
const origin = new URLSearchParams(location.search).get('origin');
const frame = document.createElement('iframe');
frame.setAttribute('data-nlc-embed', '');
frame.title = 'Night leg cramps guide';
frame.width = '100%';
frame.height = '150';
frame.src = `http://127.0.0.1:4173/embed.html?lang=en&region=au${origin === null ? '' : `&origin=${encodeURIComponent(origin)}`}`;
document.currentScript.after(frame);

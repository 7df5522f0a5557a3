// Drawn lead pictures for the demo newsroom: each scene is an SVG built from simple shapes and
// a seeded random number generator, so the same story always gets the same picture and the
// seed downloads nothing. db/seed-images.ts renders them to PNG with sharp.

export const ART_WIDTH = 1600;
export const ART_HEIGHT = 900;

export const SCENES = [
  "city-night",
  "old-market",
  "road",
  "snow",
  "civic-building",
  "bakery",
  "clinic",
  "chart",
  "oil",
  "solar",
  "stage",
  "books",
  "pitch",
  "track",
  "court",
  "chess",
  "laptop",
  "chip",
  "phone-pay",
  "river",
  "desert-border",
  "conference",
] as const;
export type Scene = (typeof SCENES)[number];

type Random = () => number;

/** mulberry32: a small deterministic generator, seeded from the story's text. */
function randomFrom(seedText: string): Random {
  let seed = 2166136261;
  for (const char of seedText) seed = Math.imul(seed ^ char.codePointAt(0)!, 16777619);
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const W = ART_WIDTH;
const H = ART_HEIGHT;
const between = (random: Random, low: number, high: number) => low + random() * (high - low);
const pick = <T,>(random: Random, items: readonly T[]) => items[Math.floor(random() * items.length)]!;
const times = <T,>(n: number, make: (i: number) => T) => Array.from({ length: n }, (_, i) => make(i));

function sky(id: string, top: string, bottom: string) {
  return `<defs><linearGradient id="${id}" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/></linearGradient></defs><rect width="${W}" height="${H}" fill="url(#${id})"/>`;
}

/** A range of hills along `base`, as one filled path. */
function hills(random: Random, base: number, height: number, color: string, bumps = 6) {
  const step = W / bumps;
  let path = `M0 ${H} L0 ${base}`;
  for (let i = 0; i < bumps; i++) {
    const x = i * step;
    path += ` Q${x + step / 2} ${base - between(random, 0.3, 1) * height} ${x + step} ${base - between(random, 0, 0.3) * height}`;
  }
  return `<path d="${path} L${W} ${H} Z" fill="${color}"/>`;
}

function skyline(random: Random, base: number, color: string, lit: number, windowColor: string) {
  let x = -20;
  let out = "";
  while (x < W) {
    const width = between(random, 70, 170);
    const height = between(random, 140, 430);
    out += `<rect x="${x}" y="${base - height}" width="${width}" height="${height + 10}" fill="${color}"/>`;
    for (let wy = base - height + 24; wy < base - 30; wy += 38) {
      for (let wx = x + 14; wx < x + width - 24; wx += 30) {
        if (random() < lit) out += `<rect x="${wx}" y="${wy}" width="14" height="20" fill="${windowColor}" opacity="${between(random, 0.6, 1).toFixed(2)}"/>`;
      }
    }
    if (random() < 0.25) out += `<rect x="${x + width / 2 - 3}" y="${base - height - 60}" width="6" height="60" fill="${color}"/>`;
    x += width + between(random, 4, 20);
  }
  return out;
}

const painters: Record<Scene, (random: Random) => string> = {
  "city-night": (r) =>
    sky("s", "#0b1630", "#27375e") +
    times(70, () => `<circle cx="${between(r, 0, W)}" cy="${between(r, 0, 420)}" r="${between(r, 1, 2.6)}" fill="#fff" opacity="${between(r, 0.3, 0.9).toFixed(2)}"/>`).join("") +
    `<circle cx="${between(r, 1100, 1400)}" cy="170" r="70" fill="#f4efd2"/>` +
    skyline(r, 760, "#18213a", 0.05, "#ffcf6b") +
    // Pylons and slack cables: the grid that failed.
    times(3, (i) => {
      const x = 260 + i * 520;
      return `<path d="M${x - 40} 900 L${x} 520 L${x + 40} 900 M${x - 30} 600 L${x + 30} 600 M${x - 55} 560 L${x + 55} 560" stroke="#0a0f1f" stroke-width="9" fill="none"/>`;
    }).join("") +
    `<path d="M205 560 Q520 640 835 560 Q1040 640 1355 560" stroke="#0a0f1f" stroke-width="4" fill="none"/>` +
    `<rect y="760" width="${W}" height="140" fill="#0d1222"/>`,

  "old-market": (r) =>
    `<rect width="${W}" height="${H}" fill="#c99a62"/>` +
    times(4, (i) => {
      const x = i * 420 - 60;
      return `<path d="M${x} ${H} L${x} 380 Q${x + 170} 160 ${x + 340} 380 L${x + 340} ${H} Z" fill="#5a3a22"/><path d="M${x + 30} ${H} L${x + 30} 400 Q${x + 170} 220 ${x + 310} 400 L${x + 310} ${H} Z" fill="${pick(r, ["#f2c27b", "#eab56a", "#f6cf8e"])}"/>`;
    }).join("") +
    times(12, (i) => {
      const x = 80 + i * 130 + between(r, -20, 20);
      const y = between(r, 120, 260);
      return `<line x1="${x}" y1="0" x2="${x}" y2="${y}" stroke="#3b2716" stroke-width="3"/><path d="M${x - 22} ${y} L${x + 22} ${y} L${x + 14} ${y + 50} L${x - 14} ${y + 50} Z" fill="${pick(r, ["#e0572c", "#f0a12a", "#d2362f", "#2e8b80"])}"/><circle cx="${x}" cy="${y + 25}" r="9" fill="#ffe9a8" opacity="0.9"/>`;
    }).join("") +
    times(9, (i) => `<rect x="${40 + i * 175}" y="${between(r, 700, 760)}" width="120" height="${between(r, 60, 120)}" rx="8" fill="${pick(r, ["#8a4b2a", "#a8612f", "#6f3b1f", "#b5743a"])}"/>`).join("") +
    `<rect y="840" width="${W}" height="60" fill="#7d5531"/>`,

  road: (r) =>
    sky("s", "#f6b77a", "#fde6c4") +
    `<circle cx="${between(r, 300, 1300)}" cy="330" r="90" fill="#fff4d6"/>` +
    hills(r, 520, 160, "#b98d63") +
    hills(r, 600, 120, "#8f6a48") +
    `<path d="M640 ${H} L780 560 L820 560 L1120 ${H} Z" fill="#4c4a4a"/><path d="M872 ${H} L798 560" stroke="#f4e3b0" stroke-width="8" stroke-dasharray="40 40"/>` +
    // A bus on the road, going home.
    `<g transform="translate(${between(r, 560, 700)} 610)"><rect width="300" height="120" rx="18" fill="#e7e2d6"/><rect y="80" width="300" height="16" fill="#2f6f8f"/>${times(5, (i) => `<rect x="${20 + i * 55}" y="22" width="42" height="44" rx="6" fill="#38495c"/>`).join("")}<circle cx="60" cy="125" r="22" fill="#222"/><circle cx="240" cy="125" r="22" fill="#222"/></g>`,

  snow: (r) =>
    sky("s", "#8da3b8", "#dfe7ee") +
    times(5, (i) => {
      const x = i * 380 - 100 + between(r, -40, 40);
      const peak = between(r, 220, 380);
      return `<path d="M${x} 780 L${x + 240} ${peak} L${x + 480} 780 Z" fill="#5f7386"/><path d="M${x + 160} ${peak + 110} L${x + 240} ${peak} L${x + 320} ${peak + 110} L${x + 280} ${peak + 90} L${x + 240} ${peak + 120} L${x + 200} ${peak + 90} Z" fill="#f7fbff"/>`;
    }).join("") +
    `<rect y="760" width="${W}" height="140" fill="#eef3f7"/>` +
    times(6, () => `<ellipse cx="${between(r, 0, W)}" cy="${between(r, 90, 260)}" rx="${between(r, 120, 220)}" ry="${between(r, 30, 55)}" fill="#eef1f4" opacity="0.85"/>`).join("") +
    times(120, () => {
      const x = between(r, 0, W);
      const y = between(r, 0, H);
      return `<line x1="${x}" y1="${y}" x2="${x - 12}" y2="${y + 34}" stroke="#ffffff" stroke-width="3" opacity="0.7"/>`;
    }).join(""),

  "civic-building": (r) => {
    const dome = r() < 0.5;
    const [skyTop, skyBottom] = pick(r, [["#7fb2dd", "#d9ecf7"], ["#e9905a", "#f8d9a8"], ["#8e9aa6", "#d5dade"]] as const);
    const [wall, roof, column] = pick(r, [["#ece4d2", "#d9ceb6", "#f8f3e7"], ["#d9c3a0", "#c2a67c", "#eadbc0"], ["#dfe2e4", "#c4c9cd", "#f4f5f6"]] as const);
    const columns = Math.floor(between(r, 6, 10));
    const gap = 1000 / columns;
    return (
      sky("s", skyTop, skyBottom) +
      `<rect y="760" width="${W}" height="140" fill="#c9c1ae"/>` +
      (dome ? `<path d="M600 440 Q800 130 1000 440 Z" fill="${roof}"/><rect x="790" y="150" width="20" height="50" fill="${roof}"/>` : "") +
      `<rect x="300" y="430" width="1000" height="340" fill="${wall}"/><path d="M260 440 L800 ${dome ? 380 : 260} L1340 440 Z" fill="${roof}"/>` +
      times(columns, (i) => `<rect x="${300 + gap * i + gap / 2 - 20}" y="460" width="40" height="300" fill="${column}"/><rect x="${300 + gap * i + gap / 2 - 30}" y="455" width="60" height="16" fill="${roof}"/>`).join("") +
      `<rect x="280" y="760" width="1040" height="24" fill="#b3a88f"/>` +
      `<line x1="800" y1="${dome ? 50 : 120}" x2="800" y2="${dome ? 155 : 270}" stroke="#555" stroke-width="6"/><path d="M800 ${dome ? 52 : 122} l120 20 l-120 20 Z" fill="${pick(r, ["#2f8f4e", "#c0392b", "#1f5fa8"])}"/>` +
      times(5, () => `<circle cx="${between(r, 100, 1500)}" cy="${between(r, 800, 860)}" r="14" fill="#4a4f57"/>`).join("")
    );
  },

  bakery: (r) =>
    `<rect width="${W}" height="${H}" fill="#6b3f24"/><rect y="520" width="${W}" height="380" fill="#a8703f"/>` +
    times(3, (row) =>
      times(9, (i) => {
        const x = 60 + i * 175 + (row % 2) * 80 + between(r, -12, 12);
        const y = 200 + row * 220 + between(r, -10, 10);
        return `<ellipse cx="${x}" cy="${y}" rx="${between(r, 70, 92)}" ry="${between(r, 26, 40)}" fill="${pick(r, ["#e8b068", "#d9984c", "#f0c27f"])}"/><ellipse cx="${x}" cy="${y - 8}" rx="48" ry="12" fill="#f7d8a0" opacity="0.6"/>`;
      }).join(""),
    ).join("") +
    `<rect y="${300}" width="${W}" height="10" fill="#4d2c18"/><rect y="520" width="${W}" height="10" fill="#4d2c18"/>`,

  clinic: (r) =>
    `<rect width="${W}" height="${H}" fill="#e6f2f3"/><rect x="0" y="640" width="${W}" height="260" fill="#cfe3e6"/>` +
    `<rect x="1080" y="120" width="300" height="300" rx="30" fill="#ffffff"/><rect x="1200" y="160" width="60" height="220" fill="#d64545"/><rect x="1120" y="240" width="220" height="60" fill="#d64545"/>` +
    // A vaccine vial and a syringe on a tray.
    `<rect x="300" y="360" width="140" height="260" rx="20" fill="#f7fbfc" stroke="#9fb9be" stroke-width="6"/><rect x="300" y="470" width="140" height="90" fill="#6bb7c4"/><rect x="320" y="320" width="100" height="50" rx="8" fill="#3d6f99"/>` +
    `<g transform="rotate(-18 800 520)"><rect x="540" y="490" width="420" height="64" rx="10" fill="#ffffff" stroke="#9fb9be" stroke-width="6"/><rect x="560" y="500" width="${between(r, 180, 300)}" height="44" fill="#9ed3dc"/><rect x="960" y="508" width="120" height="26" fill="#b9c9cc"/><rect x="500" y="470" width="40" height="104" fill="#9fb9be"/><line x1="1080" y1="521" x2="1190" y2="521" stroke="#7b8a8d" stroke-width="6"/></g>` +
    `<rect x="180" y="650" width="1240" height="40" rx="20" fill="#b7cfd3"/>`,

  chart: (r) => {
    const up = r() < 0.6;
    const points = times(9, (i) => [140 + i * 165, 640 - (up ? i * 45 : 60 + Math.sin(i) * 40) - between(r, 0, 70)] as const);
    return (
      `<rect width="${W}" height="${H}" fill="#10222e"/>` +
      times(6, (i) => `<line x1="120" y1="${180 + i * 100}" x2="1500" y2="${180 + i * 100}" stroke="#2a4456" stroke-width="2"/>`).join("") +
      points.map(([x, y]) => `<rect x="${x - 30}" y="${y + 40}" width="60" height="${760 - y - 40}" fill="#1f4b63"/>`).join("") +
      `<polyline points="${points.map(([x, y]) => `${x},${y}`).join(" ")}" fill="none" stroke="${up ? "#4fd18b" : "#f2b33d"}" stroke-width="12" stroke-linejoin="round"/>` +
      points.map(([x, y]) => `<circle cx="${x}" cy="${y}" r="14" fill="#10222e" stroke="${up ? "#4fd18b" : "#f2b33d"}" stroke-width="8"/>`).join("") +
      `<rect x="120" y="760" width="1380" height="6" fill="#6d8796"/>` +
      times(4, (i) => `<ellipse cx="${1230 + i * 26}" cy="${850 - i * 18}" rx="90" ry="22" fill="#d9a441" stroke="#a87b25" stroke-width="4"/>`).join("")
    );
  },

  oil: (r) =>
    sky("s", "#f08a4b", "#fbd69a") +
    `<circle cx="${between(r, 200, 600)}" cy="560" r="110" fill="#ffe6a8"/>` +
    `<rect y="640" width="${W}" height="260" fill="#d9a066"/>` +
    times(2, (i) => {
      const x = 620 + i * 520;
      const s = i === 0 ? 1 : 0.7;
      return `<g transform="translate(${x} ${640}) scale(${s})" fill="#2a1d16"><path d="M-120 0 L0 -300 L120 0 Z" fill="none" stroke="#2a1d16" stroke-width="18"/><rect x="-260" y="-360" width="460" height="44" rx="12" transform="rotate(-12 0 -330)"/><path d="M-290 -390 q-40 70 0 150 l30 -10 q-30 -60 0 -130 Z"/><circle cx="0" cy="-300" r="26"/><rect x="120" y="-120" width="90" height="120"/></g>`;
    }).join("") +
    times(5, (i) => `<rect x="${80 + i * 80}" y="${760 - (i % 2) * 20}" width="64" height="100" rx="8" fill="${pick(r, ["#3b5b7a", "#7a2f2f", "#2f5a3b"])}"/>`).join(""),

  solar: (r) =>
    sky("s", "#5aa3e6", "#cfe6f7") +
    `<circle cx="1380" cy="150" r="80" fill="#fff3c2"/>` +
    hills(r, 520, 60, "#e8c48e", 4) +
    `<rect y="520" width="${W}" height="380" fill="#edd1a2"/>` +
    times(4, (row) =>
      times(7, (i) => {
        const x = -80 + i * 250 + row * 30;
        const y = 560 + row * 85;
        return `<path d="M${x} ${y + 70} L${x + 60} ${y} L${x + 260} ${y} L${x + 200} ${y + 70} Z" fill="#1f3f73" stroke="#c7d6ea" stroke-width="3"/><path d="M${x + 100} ${y + 70} L${x + 160} ${y}" stroke="#c7d6ea" stroke-width="2"/>`;
      }).join(""),
    ).join(""),

  stage: (r) =>
    `<rect width="${W}" height="${H}" fill="#120c14"/>` +
    `<path d="M0 0 L260 0 Q200 450 260 900 L0 900 Z" fill="#7d1224"/><path d="M${W} 0 L${W - 260} 0 Q${W - 200} 450 ${W - 260} 900 L${W} 900 Z" fill="#7d1224"/>` +
    `<rect x="330" y="110" width="940" height="470" fill="${pick(r, ["#e9e2cf", "#d8e6ef", "#f1e0c8"])}"/>` +
    `<path d="M330 580 L${between(r, 520, 700)} 330 L${between(r, 820, 980)} 470 L1100 300 L1270 580 Z" fill="#8aa6b8" opacity="0.7"/><circle cx="${between(r, 450, 1150)}" cy="230" r="50" fill="#f4d27a"/>` +
    // Rows of seats, from behind.
    times(4, (row) =>
      times(16, (i) => `<rect x="${40 + i * 100 + (row % 2) * 50}" y="${640 + row * 64}" width="80" height="70" rx="20" fill="${row % 2 ? "#3a1d2c" : "#4a2337"}"/>`).join(""),
    ).join("") +
    `<path d="M800 0 L620 580 L980 580 Z" fill="#fff8d8" opacity="0.08"/>`,

  books: (r) =>
    `<rect width="${W}" height="${H}" fill="#3b2a20"/>` +
    times(4, (shelf) => {
      const y = 60 + shelf * 215;
      let x = 40;
      let row = `<rect x="0" y="${y + 180}" width="${W}" height="24" fill="#6e4a2f"/>`;
      while (x < W - 60) {
        const width = between(r, 26, 58);
        const height = between(r, 120, 175);
        const lean = r() < 0.06 ? between(r, -12, -6) : 0;
        row += `<rect x="${x}" y="${y + 180 - height}" width="${width}" height="${height}" fill="${pick(r, ["#9b2c2c", "#2c5282", "#276749", "#b7791f", "#553c9a", "#c05621", "#e2d3b5", "#2d3748"])}" transform="rotate(${lean} ${x} ${y + 180})"/><rect x="${x + 4}" y="${y + 200 - height}" width="${width - 8}" height="6" fill="#f6e7c4" opacity="0.6"/>`;
        x += width + between(r, 1, 5);
      }
      return row;
    }).join(""),

  pitch: (r) =>
    `<rect width="${W}" height="${H}" fill="#2f7d3b"/>` +
    times(8, (i) => `<rect x="${i * 200}" width="100" height="${H}" fill="#38894a"/>`).join("") +
    `<g fill="none" stroke="#eaf5ea" stroke-width="8"><rect x="60" y="60" width="1480" height="780"/><line x1="800" y1="60" x2="800" y2="840"/><circle cx="800" cy="450" r="120"/><rect x="60" y="250" width="230" height="400"/><rect x="1310" y="250" width="230" height="400"/><rect x="30" y="380" width="30" height="140"/></g>` +
    `<circle cx="${between(r, 1000, 1250)}" cy="${between(r, 350, 550)}" r="26" fill="#fff" stroke="#222" stroke-width="4"/>` +
    times(6, (i) => `<circle cx="${between(r, 400, 1400)}" cy="${between(r, 150, 750)}" r="24" fill="${i < 3 ? "#c0392b" : "#f5f5f5"}" stroke="#1b1b1b" stroke-width="4"/>`).join(""),

  track: (r) =>
    `<rect width="${W}" height="${H}" fill="#b6452c"/>` +
    times(8, (i) => `<path d="M-50 ${140 + i * 95} Q800 ${40 + i * 95} 1650 ${160 + i * 95}" stroke="#f4e9e3" stroke-width="6" fill="none"/>`).join("") +
    `<rect x="${between(r, 1150, 1300)}" y="0" width="18" height="${H}" fill="#fafafa"/>` +
    // A runner, in stride.
    `<g transform="translate(${between(r, 600, 900)} 300)" stroke="#1d2b4f" stroke-width="34" stroke-linecap="round" fill="none"><circle cx="40" cy="-40" r="38" fill="#1d2b4f" stroke="none"/><path d="M30 10 L0 170"/><path d="M0 170 L90 250 L60 340"/><path d="M0 170 L-80 230 L-160 200"/><path d="M25 40 L110 100 L170 60"/><path d="M25 40 L-60 90 L-110 40"/></g>`,

  court: (r) =>
    `<rect width="${W}" height="${H}" fill="#d9a064"/>` +
    times(16, (i) => `<rect x="${i * 100}" width="4" height="${H}" fill="#c98f55"/>`).join("") +
    `<g fill="none" stroke="#fff" stroke-width="8"><rect x="80" y="60" width="1440" height="780"/><line x1="800" y1="60" x2="800" y2="840"/><circle cx="800" cy="450" r="110"/><path d="M80 150 L240 150 Q560 450 240 750 L80 750"/><path d="M1520 150 L1360 150 Q1040 450 1360 750 L1520 750"/></g>` +
    `<circle cx="${between(r, 600, 1000)}" cy="${between(r, 300, 600)}" r="48" fill="#e0702a" stroke="#222" stroke-width="5"/>`,

  chess: (r) =>
    `<rect width="${W}" height="${H}" fill="#2b2118"/>` +
    `<g transform="translate(800 470) scale(1 0.55) rotate(45)">${times(64, (i) => `<rect x="${(i % 8) * 95 - 380}" y="${Math.floor(i / 8) * 95 - 380}" width="95" height="95" fill="${(i + Math.floor(i / 8)) % 2 ? "#6b4a2e" : "#e8d5b0"}"/>`).join("")}</g>` +
    times(7, () => {
      const x = between(r, 480, 1120);
      const y = between(r, 300, 640);
      const white = r() < 0.5;
      return `<g fill="${white ? "#f5efe2" : "#1a1410"}" stroke="${white ? "#8a7a63" : "#000"}" stroke-width="3"><ellipse cx="${x}" cy="${y}" rx="34" ry="12"/><path d="M${x - 24} ${y} L${x - 12} ${y - 70} L${x + 12} ${y - 70} L${x + 24} ${y} Z"/><circle cx="${x}" cy="${y - 86}" r="20"/></g>`;
    }).join(""),

  laptop: (r) =>
    `<rect width="${W}" height="${H}" fill="#1c2430"/><rect y="700" width="${W}" height="200" fill="#3a2f28"/>` +
    `<rect x="380" y="150" width="840" height="520" rx="24" fill="#0e1117" stroke="#9aa4b2" stroke-width="10"/><path d="M300 700 L1300 700 L1360 740 L240 740 Z" fill="#aeb6c2"/>` +
    times(11, (i) => {
      const indent = pick(r, [0, 0, 40, 80]);
      return `<rect x="${440 + indent}" y="${200 + i * 40}" width="${between(r, 120, 560 - indent)}" height="16" rx="8" fill="${pick(r, ["#7ee0a3", "#79b8ff", "#f2c46d", "#d7dce2", "#ff8c8c"])}"/>`;
    }).join("") +
    `<rect x="1320" y="560" width="90" height="140" rx="10" fill="#d8d2c4"/><path d="M1410 590 q40 10 0 60" stroke="#d8d2c4" stroke-width="12" fill="none"/>`,

  chip: (r) =>
    `<rect width="${W}" height="${H}" fill="#0f3b2e"/>` +
    times(40, () => {
      const y = between(r, 40, 860);
      const x = between(r, 0, 600);
      return `<path d="M${x} ${y} h${between(r, 100, 300)} l40 40 h${between(r, 100, 300)}" stroke="#c9a548" stroke-width="5" fill="none" opacity="0.6"/>`;
    }).join("") +
    `<rect x="560" y="210" width="480" height="480" rx="20" fill="#1b1f24"/><rect x="620" y="270" width="360" height="360" rx="8" fill="#2a3038"/>` +
    times(10, (i) => `<rect x="${585 + i * 45}" y="180" width="18" height="34" fill="#d4b25a"/><rect x="${585 + i * 45}" y="686" width="18" height="34" fill="#d4b25a"/><rect x="530" y="${235 + i * 45}" width="34" height="18" fill="#d4b25a"/><rect x="1036" y="${235 + i * 45}" width="34" height="18" fill="#d4b25a"/>`).join("") +
    `<circle cx="660" cy="310" r="10" fill="#8a939e"/>`,

  "phone-pay": (r) =>
    sky("s", "#3d3a8a", "#7b6fd1") +
    `<rect x="620" y="90" width="360" height="720" rx="48" fill="#15151f"/><rect x="645" y="150" width="310" height="600" rx="16" fill="#f3f2fb"/>` +
    `<rect x="675" y="200" width="250" height="150" rx="18" fill="${pick(r, ["#1f8a70", "#d1495b", "#2b59c3"])}"/><rect x="700" y="300" width="120" height="16" rx="8" fill="#fff" opacity="0.8"/>` +
    times(5, (i) => `<rect x="675" y="${390 + i * 60}" width="250" height="40" rx="10" fill="#dcdaf0"/><circle cx="${700}" cy="${410 + i * 60}" r="12" fill="#9a94d6"/>`).join("") +
    `<g transform="translate(1120 420) rotate(-14)"><rect width="340" height="210" rx="22" fill="#f2b33d"/><rect y="50" width="340" height="40" fill="#3a2c0f"/><rect x="30" y="130" width="60" height="44" rx="6" fill="#fff1c1"/></g>` +
    times(3, (i) => `<path d="M${420 - i * 40} ${420 - i * 40} a${80 + i * 50} ${80 + i * 50} 0 0 1 0 ${160 + i * 100}" stroke="#ffffff" stroke-width="10" fill="none" opacity="${0.8 - i * 0.2}"/>`).join(""),

  river: (r) =>
    sky("s", "#9cc8e6", "#eaf3f7") +
    hills(r, 470, 130, "#a9a16b") +
    `<path d="M0 520 Q400 470 800 540 T1600 520 L1600 900 L0 900 Z" fill="#c4b07a"/>` +
    `<path d="M${between(r, 500, 700)} 520 Q700 600 520 700 T300 900 L900 900 Q1000 760 900 660 T${between(r, 860, 980)} 520 Z" fill="#3f84b5"/>` +
    times(14, () => `<path d="M${between(r, 420, 860)} ${between(r, 600, 880)} q30 -10 60 0" stroke="#d5ecf7" stroke-width="5" fill="none"/>`).join("") +
    times(8, () => {
      const x = pick(r, [between(r, 100, 420), between(r, 980, 1500)]);
      const y = between(r, 600, 820);
      return `<rect x="${x - 5}" y="${y}" width="10" height="60" fill="#6b4a2e"/><circle cx="${x}" cy="${y - 10}" r="${between(r, 30, 48)}" fill="#4f7d3a"/>`;
    }).join(""),

  "desert-border": (r) =>
    sky("s", "#e07a45", "#f7c98b") +
    `<circle cx="${between(r, 300, 500)}" cy="520" r="100" fill="#fde3a7" opacity="0.9"/>` +
    hills(r, 600, 90, "#c98a52", 5) +
    `<rect y="640" width="${W}" height="260" fill="#b0733f"/>` +
    // A watchtower and a fence line across the frontier.
    `<g fill="#3a2417"><rect x="1140" y="330" width="16" height="330"/><rect x="1250" y="330" width="16" height="330"/><path d="M1150 420 L1260 520 M1260 420 L1150 520" stroke="#3a2417" stroke-width="8"/><rect x="1110" y="280" width="190" height="70"/><path d="M1100 280 L1205 230 L1310 280 Z"/></g>` +
    times(26, (i) => `<rect x="${i * 64}" y="${690 - i * 2}" width="6" height="80" fill="#4a2e1c"/>`).join("") +
    `<path d="M0 700 L1600 650 M0 730 L1600 680" stroke="#4a2e1c" stroke-width="3"/>` +
    times(2, (i) => `<path d="M${300 + i * 500} 900 Q${400 + i * 500} 760 ${520 + i * 500} 900" fill="#9b6434"/>`).join(""),

  conference: (r) =>
    `<rect width="${W}" height="${H}" fill="#dfe3e8"/><rect y="0" width="${W}" height="120" fill="#c7ced6"/>` +
    times(5, (i) => `<line x1="${200 + i * 300}" y1="120" x2="${200 + i * 300}" y2="420" stroke="#888" stroke-width="4"/><rect x="${150 + i * 300}" y="140" width="100" height="64" fill="${pick(r, ["#c0392b", "#1e8449", "#1f4e9c", "#111", "#d4ac0d", "#ffffff"])}" stroke="#999" stroke-width="2"/>`).join("") +
    `<ellipse cx="800" cy="680" rx="700" ry="200" fill="#6b4a2e"/><ellipse cx="800" cy="670" rx="520" ry="120" fill="#dfe3e8"/>` +
    times(10, (i) => {
      const angle = Math.PI * (0.1 + (i / 9) * 0.8);
      const x = 800 - Math.cos(angle) * 610;
      const y = 700 - Math.sin(angle) * -150;
      return `<circle cx="${x}" cy="${y - 120}" r="34" fill="#2f3440"/><rect x="${x - 50}" y="${y - 90}" width="100" height="90" rx="30" fill="#2f3440"/><line x1="${x + 30}" y1="${y - 30}" x2="${x + 10}" y2="${y - 80}" stroke="#111" stroke-width="4"/>`;
    }).join("") +
    times(6, (i) => `<rect x="${420 + i * 130}" y="${620 + (i % 2) * 10}" width="70" height="12" fill="#ffffff"/>`).join(""),
};

/** The picture for `scene`, varied by `seedText` (colours, positions, details). */
export function drawScene(scene: Scene, seedText: string): string {
  const random = randomFrom(`${scene}:${seedText}`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${painters[scene](random)}</svg>`;
}

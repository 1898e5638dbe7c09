/** The design tokens of src/styles/global.css as a browser computes them: what the theme tests compare against. */
export const PAPER = 'rgb(255, 255, 255)';
export const PAPER_DARK = 'rgb(16, 21, 28)';
export const BRAND = 'rgb(11, 92, 173)';

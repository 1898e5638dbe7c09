/**
 * The reader's theme choice, kept in the browser. "system" follows the operating system's colour
 * scheme (the site's default, and all it does without JavaScript); "light" and "dark" force one by
 * setting THEME_ATTRIBUTE on <html>, which the dark styles of src/styles/global.css read.
 */
export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

export const THEME_LABELS: Record<ThemeChoice, string> = { system: 'System', light: 'Light', dark: 'Dark' };

/** The localStorage key the choice is kept under; absent means "system". */
export const THEME_STORAGE_KEY = 'cpt-reference:theme';

/** The attribute on <html> that forces a theme; absent when the system decides. */
export const THEME_ATTRIBUTE = 'data-theme';

/** The themes a choice can force: every choice but "system". */
export const FORCED_THEMES = THEME_CHOICES.filter((choice) => choice !== 'system');

/** The switch's <select>, and the element around it that stays hidden until the script shows it. */
export const THEME_SELECT = 'data-theme-choice';
export const THEME_SWITCH = 'data-theme-switch';

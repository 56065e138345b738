import { enObserved } from './en-observed';
import { type Lang, messagesOf } from './i18n';
import { zhObserved } from './zh-observed';

export type ObservedKey = keyof typeof enObserved;

const catalogues: Record<Lang, { readonly [K in ObservedKey]: string }> = { en: enObserved, zh: zhObserved };

/**
 * `t()` for the observed figures' messages (legend entries, a figure's card, the observations panel,
 * importing a file). They are apart from the app's catalogue because only the observed figures'
 * chunks use them, and those load after the first render's JavaScript.
 */
export const observedT = messagesOf<ObservedKey>(catalogues);

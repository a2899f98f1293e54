/** Russian typography for the text of the prose pages (Markdown and MDX), as `typeset` gives every other text of the site. */
import { defineHastPlugin } from 'satteri';
import { typeset } from './typography';

export const typesetProse = defineHastPlugin({
  name: 'typeset-prose',
  text: (node) => ({ type: 'text', value: typeset(node.value) }),
});

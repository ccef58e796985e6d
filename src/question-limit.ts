// How long a question may be, in characters: one limit for every channel and every layer that
// reads a question. The HTTP API refuses a longer question (400, saying the limit); other channels
// (cli, Slack, WeChat) cut it to this length; and normalise() never reads further, so no text can
// make understanding cost more than this. 400 is several times the longest real question in the
// question sets (about 130 characters: a question with its chatter and a follow-up's context),
// and it is where understanding has always stopped reading, so a longer question was only ever
// answered from its first 400 characters.
export const MAX_QUESTION_CHARS = 400;

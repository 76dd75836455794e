// Whether output to a stream should carry ANSI colours: FORCE_COLOR decides
// when set, otherwise the stream must be a terminal with more than 4 colours
// and NO_COLOR, NODE_DISABLE_COLORS and TERM=dumb unset.
'use strict';

// FORCE_COLOR's value as a colour depth in bits, as Node reads it.
function forcedColorDepth(value) {
  switch (value) {
    case '':
    case '1':
    case 'true':
      return 4;
    case '2':
      return 8;
    case '3':
      return 24;
    default:
      return 1;
  }
}

function shouldColorize(stream) {
  const env = process.env;
  const forced = env.FORCE_COLOR;
  if (forced !== undefined) return forcedColorDepth(forced) > 2;
  if (!stream || !stream.isTTY) return false;
  // What a terminal's getColorDepth() answers in Node for these settings.
  if (env.NO_COLOR !== undefined || env.NODE_DISABLE_COLORS !== undefined || env.TERM === 'dumb') return false;
  return typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true;
}

module.exports = { shouldColorize };

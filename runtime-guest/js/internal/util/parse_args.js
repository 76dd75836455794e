// util.parseArgs: command-line argument parsing, as Node defines it.
'use strict';

const { codes } = require('internal/errors');

function parseArgsError(code, message) {
  return new codes[code](message);
}

function validateConfig(options) {
  for (const [name, opt] of Object.entries(options)) {
    if (opt === null || typeof opt !== 'object') {
      throw new codes.ERR_INVALID_ARG_TYPE(`options.${name}`, 'object', opt);
    }
    if (opt.type !== 'string' && opt.type !== 'boolean') {
      throw new codes.ERR_INVALID_ARG_TYPE(`options.${name}.type`, "('string|boolean')", opt.type);
    }
    if (opt.short !== undefined) {
      if (typeof opt.short !== 'string') throw new codes.ERR_INVALID_ARG_TYPE(`options.${name}.short`, 'string', opt.short);
      if (opt.short.length !== 1) {
        throw new codes.ERR_INVALID_ARG_VALUE(`options.${name}.short`, opt.short, 'must be a single character');
      }
    }
    if (opt.multiple !== undefined && typeof opt.multiple !== 'boolean') {
      throw new codes.ERR_INVALID_ARG_TYPE(`options.${name}.multiple`, 'boolean', opt.multiple);
    }
    if (opt.default !== undefined) validateDefault(opt.default, `options.${name}.default`, opt.type, opt.multiple);
  }
}

// A default must have the option's type (an array of it with `multiple`).
function validateDefault(value, name, type, multiple) {
  if (multiple) {
    if (!Array.isArray(value)) throw new codes.ERR_INVALID_ARG_TYPE(name, 'Array', value);
    value.forEach((item, i) => {
      if (typeof item !== type) throw new codes.ERR_INVALID_ARG_TYPE(`${name}[${i}]`, type, item);
    });
  } else if (typeof value !== type) {
    throw new codes.ERR_INVALID_ARG_TYPE(name, type, value);
  }
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw new codes.ERR_INVALID_ARG_TYPE(name, 'boolean', value);
}

// Splits argv into tokens: options (with values taken from the next
// argument where the option is a string), positionals and `--`.
function tokenize(args, options) {
  const byShort = new Map();
  for (const [name, opt] of Object.entries(options)) if (opt.short) byShort.set(opt.short, name);
  const isString = (name) => options[name]?.type === 'string';
  const tokens = [];
  let i = 0;
  while (i < args.length) {
    const arg = args[i];
    const index = i++;
    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index });
      while (i < args.length) tokens.push({ kind: 'positional', index: i, value: args[i++] });
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      tokens.push({ kind: 'positional', index, value: arg });
      continue;
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      if (eq !== -1) {
        tokens.push({ kind: 'option', name: arg.slice(2, eq), rawName: arg.slice(0, eq), index, value: arg.slice(eq + 1), inlineValue: true });
        continue;
      }
      const name = arg.slice(2);
      if (isString(name) && i < args.length) {
        tokens.push({ kind: 'option', name, rawName: arg, index, value: args[i++], inlineValue: false });
      } else {
        tokens.push({ kind: 'option', name, rawName: arg, index, value: undefined, inlineValue: undefined });
      }
      continue;
    }
    // Short options: -f, -fVALUE, -abc
    for (let j = 1; j < arg.length; j++) {
      const ch = arg[j];
      const name = byShort.get(ch) ?? ch;
      const rawName = `-${ch}`;
      if (isString(name)) {
        if (j + 1 < arg.length) {
          tokens.push({ kind: 'option', name, rawName, index, value: arg.slice(j + 1), inlineValue: true });
        } else if (i < args.length) {
          tokens.push({ kind: 'option', name, rawName, index, value: args[i++], inlineValue: false });
        } else {
          tokens.push({ kind: 'option', name, rawName, index, value: undefined, inlineValue: undefined });
        }
        break;
      }
      tokens.push({ kind: 'option', name, rawName, index, value: undefined, inlineValue: undefined });
    }
  }
  return tokens;
}

function describe(name, options) {
  const short = options[name]?.short;
  return short ? `-${short}, --${name}` : `--${name}`;
}

function parseArgs(config = {}) {
  // Like Node, any non-nullish config is read as an object ('x' has no keys).
  if (config === null) throw new TypeError('Cannot convert undefined or null to object');
  config = Object(config);
  const args = config.args ?? process.argv.slice(2);
  if (!Array.isArray(args)) throw new codes.ERR_INVALID_ARG_TYPE('args', 'Array', args);
  const strict = config.strict ?? true;
  const allowPositionals = config.allowPositionals ?? !strict;
  const allowNegative = config.allowNegative ?? false;
  const returnTokens = config.tokens ?? false;
  validateBoolean(strict, 'strict');
  validateBoolean(allowPositionals, 'allowPositionals');
  validateBoolean(returnTokens, 'tokens');
  validateBoolean(allowNegative, 'allowNegative');
  const options = config.options ?? {};
  if (options === null || typeof options !== 'object') throw new codes.ERR_INVALID_ARG_TYPE('options', 'object', options);
  validateConfig(options);

  const tokens = tokenize(args, options);
  const values = Object.create(null);
  const positionals = [];
  for (const token of tokens) {
    if (token.kind === 'positional') {
      if (!allowPositionals) {
        throw parseArgsError('ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL',
          `Unexpected argument '${token.value}'. This command does not take positional arguments`);
      }
      positionals.push(token.value);
      continue;
    }
    if (token.kind !== 'option') continue;
    let { name } = token;
    let value = token.value;
    if (allowNegative && name.startsWith('no-') && options[name.slice(3)]?.type === 'boolean' && value === undefined) {
      name = name.slice(3);
      value = false;
    }
    const opt = options[name];
    if (strict) {
      if (opt === undefined) {
        let message = `Unknown option '${token.rawName}'`;
        if (allowPositionals) {
          message += `. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- "${token.rawName}"`;
        }
        throw parseArgsError('ERR_PARSE_ARGS_UNKNOWN_OPTION', message);
      }
      if (opt.type === 'string' && typeof value !== 'string') {
        throw parseArgsError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', `Option '${describe(name, options)} <value>' argument missing`);
      }
      if (opt.type === 'boolean' && typeof value === 'string') {
        throw parseArgsError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', `Option '${describe(name, options)}' does not take an argument`);
      }
      // A value that looks like an option (but not a lone "-") was more
      // likely meant as the next option than as this one's argument.
      if (opt.type === 'string' && !token.inlineValue && value.length > 1 && value[0] === '-') {
        const example = token.rawName.startsWith('--') ? `'${token.rawName}=-XYZ'` :
          `'--${name}=-XYZ' or '${token.rawName}-XYZ'`;
        throw parseArgsError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
          `Option '${token.rawName}' argument is ambiguous.\nDid you forget to specify the option argument for '${token.rawName}'?\n` +
          `To specify an option argument starting with a dash use ${example}.`);
      }
    }
    if (value === undefined) value = true;
    if (opt?.multiple) {
      (values[name] ??= []).push(value);
    } else {
      values[name] = value;
    }
  }
  for (const [name, opt] of Object.entries(options)) {
    if (opt.default !== undefined && values[name] === undefined) values[name] = opt.default;
  }
  const result = { values, positionals };
  if (returnTokens) result.tokens = tokens;
  return result;
}

module.exports = { parseArgs };

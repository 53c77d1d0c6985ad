"""Every editor snippet in docs/editors.md is valid and starts `krlint server` for the right files.

JSON is parsed and checked against the setting types the VS Code extension declares; Lua is
run by LuaJIT 2.1 (Neovim's Lua) against stand-ins for `vim.lsp` and nvim-lspconfig that record
what the snippet defines; TOML is parsed with tomllib and read as Helix reads it.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

DOC = Path(__file__).resolve().parents[1] / "docs" / "editors.md"
FENCE = re.compile(r"^```(?P<lang>\w+)\n(?P<body>.*?)^```$", re.MULTILINE | re.DOTALL)
COMMAND = ["krlint", "server"]
LANGUAGES = {"yaml", "markdown", "json"}

# The settings of Generic LSP Client (v2), zsol.vscode-glspc, as its package.json declares them.
GLSPC = {
    "type": "object",
    "additionalProperties": False,
    "required": ["glspc.server.command", "glspc.server.languageId"],
    "properties": {
        "glspc.server.command": {"type": "string", "minLength": 1},
        "glspc.server.commandArguments": {"type": "array", "items": {"type": "string"}},
        "glspc.server.languageId": {"type": "array", "items": {"type": "string"}, "minItems": 1},
        "glspc.server.environmentVariables": {
            "type": "object",
            "additionalProperties": {"type": "string"},
        },
        "glspc.server.initializationOptions": {"type": "object"},
        "glspc.trace.server": {"enum": ["off", "messages", "compact", "verbose"]},
    },
}


def snippets(language: str) -> list[str]:
    return [
        m["body"] for m in FENCE.finditer(DOC.read_text(encoding="utf-8")) if m["lang"] == language
    ]


def test_the_vs_code_settings():
    (body,) = snippets("json")
    settings = json.loads(body)
    jsonschema.validate(settings, GLSPC)
    assert [settings["glspc.server.command"], *settings["glspc.server.commandArguments"]] == COMMAND
    assert set(settings["glspc.server.languageId"]) == LANGUAGES
    assert settings["glspc.server.initializationOptions"] == {"debounce": 0}


def test_the_helix_languages_toml():
    (body,) = snippets("toml")
    config = tomllib.loads(body)
    server = config["language-server"]["krlint"]
    assert [server["command"], *server["args"]] == COMMAND
    assert server["config"] == {"debounce": 0}
    using = {
        language["name"]
        for language in config["language"]
        if "krlint" in language["language-servers"]
    }
    assert using == LANGUAGES
    assert set(server) <= {
        "command",
        "args",
        "config",
        "environment",
        "timeout",
        "required-root-patterns",
    }


# -- Lua, run as Neovim would run it --------------------------------------------------------------
STAND_INS = """
recorded = { configs = {}, enabled = {}, setup = {} }
local function plain(t) return t end
vim = { lsp = {
  config = function(name, config) recorded.configs[name] = config end,
  enable = function(name) table.insert(recorded.enabled, name) end,
} }
local lspconfig_configs = {}
local lspconfig = setmetatable({}, { __index = function(_, name)
  local entry = lspconfig_configs[name]
  if entry == nil then error('lspconfig has no server ' .. name) end
  return { setup = function(options)
    recorded.setup[name] = { default_config = entry.default_config, options = options }
  end }
end })
local modules = {
  ['lspconfig.configs'] = lspconfig_configs,
  ['lspconfig.util'] = { root_pattern = function(...)
    local markers = { ... }
    return function() return markers end
  end },
  lspconfig = lspconfig,
}
require = function(name)
  local found = modules[name]
  if found == nil then error('unknown module ' .. name) end
  return found
end
"""


def run_lua(body: str) -> Any:
    lupa = pytest.importorskip("lupa.luajit21", reason="needs lupa (the test extra) for LuaJIT")
    lua = lupa.LuaRuntime(unpack_returned_tuples=True)
    assert lua.eval("jit and jit.version or ''").startswith("LuaJIT 2.1")
    lua.execute(STAND_INS)
    compiled, chunk = lua.execute(
        "return function(source) local chunk, error = loadstring(source, '=editors.md') "
        "if chunk then return true, chunk end return false, error end"
    )(body)
    assert compiled, chunk  # a syntax error says where
    chunk()
    return lua.globals().recorded


def lua_list(table: Any) -> list[Any]:
    return [table[i] for i in range(1, len(table) + 1)]


def test_the_neovim_0_11_config():
    body = next(b for b in snippets("lua") if "vim.lsp.config" in b)
    recorded = run_lua(body)
    config = recorded.configs["krlint"]
    assert lua_list(config.cmd) == COMMAND
    assert set(lua_list(config.filetypes)) == LANGUAGES
    assert ".krlint.yaml" in lua_list(config.root_markers)
    assert config.init_options.debounce == 0
    assert lua_list(recorded.enabled) == ["krlint"]


def test_the_neovim_lspconfig_config():
    body = next(b for b in snippets("lua") if "lspconfig.configs" in b)
    recorded = run_lua(body)
    default = recorded.setup["krlint"].default_config
    assert lua_list(default.cmd) == COMMAND
    assert set(lua_list(default.filetypes)) == LANGUAGES
    assert ".krlint.yaml" in lua_list(default.root_dir())
    assert default.init_options.debounce == 0


def test_a_lua_syntax_error_is_caught():
    with pytest.raises(AssertionError, match="expected"):
        run_lua("vim.lsp.config('krlint', { cmd = { 'krlint', 'server' }")


def test_every_snippet_is_checked():
    languages = [m["lang"] for m in FENCE.finditer(DOC.read_text(encoding="utf-8"))]
    assert sorted(languages) == ["json", "lua", "lua", "toml"]

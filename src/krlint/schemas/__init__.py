"""JSON Schemas for editors (shipped in the wheel): `krlint-config.schema.json` for
`.krlint.yaml` and `[tool.krlint]`, `okrs.schema.json` for krlint's OKR YAML format. The README
shows the `# yaml-language-server: $schema=…` line that points an editor at each."""

builtins.fromTOML (builtins.readFile ./fixtures/cargo.toml)

(import ./lib/import-primop.nix) ./lib/int.nix

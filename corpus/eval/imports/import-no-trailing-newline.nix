(import ./lib/no-trailing-newline.nix).f 3

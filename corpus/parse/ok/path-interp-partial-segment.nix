let v = "1"; in ./pkg-${v}.nix

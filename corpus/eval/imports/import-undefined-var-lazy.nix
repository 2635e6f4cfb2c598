let x = import ./lib/undefined-var.nix; in 1

~/.config/nix/nix.conf

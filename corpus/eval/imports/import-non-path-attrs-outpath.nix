import { outPath = ./lib/int.nix; }

{ name, value ? 1, outPath ? null, x, stdenv ? null, lib ? null }: name

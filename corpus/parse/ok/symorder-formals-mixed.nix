{ src, name, version, stdenv, lib, fetchurl, x, value ? 1, outPath ? 2 }: name

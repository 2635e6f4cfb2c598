{ pkgs, config, lib, options, modulesPath, specialArgs, ... }: config

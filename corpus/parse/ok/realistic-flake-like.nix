{
  description = "A flake-shaped attribute set";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-22.05";
    flake-utils.url = "github:numtide/flake-utils";
    other = {
      url = "git+https://example.org/other.git?ref=main";
      flake = false;
    };
    nixpkgs.follows = "nixpkgs";
  };

  outputs = { self, nixpkgs, flake-utils, ... }@inputs:
    let
      systems = [ "x86_64-linux" "aarch64-linux" "x86_64-darwin" ];
      forAllSystems = f: builtins.listToAttrs (map (system: {
        name = system;
        value = f system;
      }) systems);
      mkPkgs = system: import nixpkgs {
        inherit system;
        overlays = [ self.overlays.default ];
        config.allowUnfree = true;
      };
    in
    {
      overlays.default = final: prev: {
        example = final.callPackage ./pkgs/example { };
      };

      packages = forAllSystems (system:
        let pkgs = mkPkgs system; in
        {
          default = pkgs.example;
          inherit (pkgs) example;
          static = pkgs.pkgsStatic.example;
        });

      devShells = forAllSystems (system:
        let pkgs = mkPkgs system; in
        {
          default = pkgs.mkShell {
            name = "example-shell";
            packages = with pkgs; [ cmake ninja gdb ];
            shellHook = ''
              echo "welcome to ${system}"
              export PS1='\[\e[1;32m\]dev\$ \[\e[0m\]'
            '';
          };
        });

      checks = forAllSystems (system: {
        build = self.packages.${system}.default;
        test = (mkPkgs system).runCommand "test" { } ''
          ${self.packages.${system}.default}/bin/example --self-test
          touch $out
        '';
      });

      nixosModules.default = { config, lib, ... }: {
        options.example.enable = lib.mkEnableOption "example";
        config = lib.mkIf config.example.enable {
          environment.systemPackages = [ self.packages.x86_64-linux.default ];
        };
      };

      lib = rec {
        double = x: x * 2;
        quadruple = x: double (double x);
        compose = f: g: x: f (g x);
        pipeline = builtins.foldl' compose (x: x);
        isEven = n: n / 2 * 2 == n;
        clamp = lo: hi: x: if x < lo then lo else if x > hi then hi else x;
        versionAtLeast = a: b: builtins.compareVersions a b >= 0;
        inherit (inputs) nixpkgs;
      };
    };
}

# An overlay plus a tiny package set, written in the usual nixpkgs style.
let
  lib = import ./lib.nix;

  makeOverridable = f: origArgs:
    let
      result = f origArgs;
      overrideWith = newArgs: origArgs // (if builtins.isFunction newArgs then newArgs origArgs else newArgs);
    in
      if builtins.isAttrs result then
        result // {
          override = newArgs: makeOverridable f (overrideWith newArgs);
          overrideDerivation = fdrv: makeOverridable (args: (f args) // fdrv (f args)) origArgs;
        }
      else if builtins.isFunction result then
        { __functor = self: result; override = newArgs: makeOverridable f (overrideWith newArgs); }
      else result;

  callPackageWith = autoArgs: fn: args:
    let
      f = if builtins.isFunction fn then fn else import fn;
      fargs = builtins.functionArgs f;
      allArgs = builtins.intersectAttrs fargs autoArgs // args;
    in makeOverridable f allArgs;

  overlay = final: prev: {
    hello = prev.hello.overrideAttrs (old: {
      pname = "hello-patched";
      patches = (old.patches or [ ]) ++ [ ./hello.patch ];
      doCheck = false;
    });

    python3 = prev.python3.override {
      packageOverrides = pyFinal: pyPrev: {
        requests = pyPrev.requests.overridePythonAttrs (o: { doCheck = false; });
      };
    };

    myTools = final.buildEnv {
      name = "my-tools";
      paths = with final; [ hello jq ripgrep ];
    };

    inherit (prev) lib;
  };

  fix' = f: let x = f x // { __unfix__ = f; }; in x;

  extends = f: rattrs: self:
    let super = rattrs self; in super // f self super;

  base = self: {
    callPackage = callPackageWith self;
    stdenv = { mkDerivation = a: a // { type = "derivation"; }; };
    hello = self.callPackage ({ stdenv }: stdenv.mkDerivation {
      pname = "hello";
      version = "2.12";
      overrideAttrs = f: self.hello // f self.hello;
    }) { };
    jq = { name = "jq"; };
    ripgrep = { name = "ripgrep"; };
    buildEnv = { name, paths }: { inherit name paths; };
    python3 = { override = a: a; };
  };

  pkgs = fix' (extends overlay base);
in
{
  inherit pkgs;
  names = map (p: p.name or p.pname or "?") [ pkgs.jq pkgs.ripgrep ];
  hasHello = pkgs ? hello && pkgs.hello ? pname;
  check = assert pkgs.jq.name == "jq"; true;
  nested.deeply.set = { a = 1; } // { b = 2; };
  nested.deeply.other = -1;
  "quoted attr" = null;
  ${"dyn" + "amic"} = "d";
  version = let v = "1.0"; in "v${v}";
  paths = [ ./. ../. ./lib.nix ~/.nixpkgs/config.nix <nixpkgs/lib> ];
  floats = [ 1.5 .25 2. 1.5e-3 2.E+4 ];
}

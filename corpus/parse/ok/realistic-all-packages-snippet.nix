{ lib, newScope, stdenv, fetchurl, pkgs }:

let
  callPackage = newScope self;

  self = with self; {
    inherit stdenv fetchurl lib;

    zlib = callPackage ./development/libraries/zlib { };

    openssl_1_1 = callPackage ./development/libraries/openssl { version = "1.1.1o"; };
    openssl_3 = callPackage ./development/libraries/openssl { version = "3.0.3"; };
    openssl = openssl_3;

    curl = callPackage ./tools/networking/curl {
      openssl = openssl_1_1;
      http2Support = !stdenv.isDarwin;
      gssSupport = false;
    };
    curlMinimal = curl.override {
      http2Support = false;
      zlibSupport = true;
      scpSupport = false;
    };

    python3 = python310;
    python310 = callPackage ./development/interpreters/python/cpython {
      sourceVersion = { major = "3"; minor = "10"; patch = "4"; suffix = ""; };
      sha256 = "sha256-gTeCz4yL5Hn3d3yFk9cZ1e/t+L8Ukmk3XmQZLcn9gXA=";
      inherit (darwin) configd;
    };
    python3Packages = python3.pkgs;

    darwin = lib.recurseIntoAttrs (callPackage ./os-specific/darwin { });

    hello = callPackage ./applications/misc/hello { };
    hello-wayland = hello.overrideAttrs (old: {
      pname = "${old.pname}-wayland";
      configureFlags = (old.configureFlags or [ ]) ++ [ "--with-wayland" ];
    });

    gcc = if stdenv.cc.isGNU or false then stdenv.cc else gcc11;
    gcc11 = lowPrio (wrapCC (callPackage ./development/compilers/gcc/11 {
      noSysDirs = true;
      profiledCompiler = false;
      enableLTO = !stdenv.hostPlatform.isi686;
    }));

    lowPrio = lib.setPrio 10;
    wrapCC = cc: callPackage ./build-support/cc-wrapper { inherit cc; };

    writeScriptBin = name: text: runCommand name { inherit text; passAsFile = [ "text" ]; } ''
      mkdir -p $out/bin
      mv "$textPath" $out/bin/${name}
      chmod +x $out/bin/${name}
    '';

    runCommand = name: env: buildCommand:
      stdenv.mkDerivation ({
        inherit name buildCommand;
        preferLocalBuild = true;
        allowSubstitutes = false;
      } // env);

    tests = lib.optionalAttrs (stdenv.hostPlatform == stdenv.buildPlatform) {
      hello-runs = runCommand "hello-runs" { } ''
        ${hello}/bin/hello > $out
      '';
    };

    __splicedPackages = self // { recurseForDerivations = false; };
  };
in
  self

{ lib
, stdenv
, fetchurl
, fetchpatch
, pkg-config
, cmake
, openssl
, zlib
, python3
, withPython ? true
, enableStatic ? stdenv.hostPlatform.isStatic
, extraFlags ? [ ]
}:

let
  version = "2.4.1";
  pname = "libexample";

  # Patches that upstream has not released yet.
  patches = [
    (fetchpatch {
      name = "fix-build-with-gcc12.patch";
      url = "https://github.com/example/libexample/commit/0123456789abcdef.patch";
      sha256 = "sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
    })
    ./0001-disable-network-tests.patch
  ];

  pythonEnv = python3.withPackages (ps: with ps; [ setuptools wheel ]);
in
stdenv.mkDerivation rec {
  inherit pname version patches;

  src = fetchurl {
    url = "https://example.org/releases/${pname}-${version}.tar.xz";
    sha256 = "0q4b5a7y1x3m9f2k8z6w0v5u4t3s2r1p0o9n8m7l6k5j4h3g2f1e";
  };

  outputs = [ "out" "dev" "doc" ];

  nativeBuildInputs = [ pkg-config cmake ]
    ++ lib.optional withPython pythonEnv;

  buildInputs = [ openssl zlib ];

  cmakeFlags = [
    "-DBUILD_SHARED_LIBS=${if enableStatic then "OFF" else "ON"}"
    "-DENABLE_PYTHON=${lib.boolToString withPython}"
    "-DCMAKE_INSTALL_LIBDIR=lib"
  ] ++ extraFlags;

  postPatch = ''
    substituteInPlace CMakeLists.txt \
      --replace 'set(VERSION "unknown")' 'set(VERSION "${version}")'
    patchShebangs scripts/
  '';

  preConfigure = lib.optionalString stdenv.isDarwin ''
    export MACOSX_DEPLOYMENT_TARGET=10.12
  '';

  doCheck = !enableStatic && stdenv.buildPlatform == stdenv.hostPlatform;

  checkPhase = ''
    runHook preCheck
    ctest --output-on-failure -j $NIX_BUILD_CORES
    runHook postCheck
  '';

  postInstall = ''
    mkdir -p $dev/lib/pkgconfig
    mv $out/lib/pkgconfig/*.pc $dev/lib/pkgconfig/ || true
    ''${PYTHON:-python3} --version
  '' + lib.optionalString withPython ''
    install -Dm644 ../bindings/example.py \
      $out/${python3.sitePackages}/example.py
  '';

  passthru = {
    tests = { };
    updateScript = ./update.sh;
  };

  meta = with lib; {
    description = "An example library for ${pname} things";
    longDescription = ''
      libexample is a small library. It has:
        - feature one
        - feature two
    '';
    homepage = "https://example.org/";
    changelog = "https://example.org/releases/${version}/CHANGES";
    license = licenses.mit;
    maintainers = with maintainers; [ alice bob ];
    platforms = platforms.unix;
    broken = stdenv.isAarch32;
  };
}

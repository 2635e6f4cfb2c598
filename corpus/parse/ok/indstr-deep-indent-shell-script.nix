let pkg = "/nix/store/x"; in ''
      #!/bin/sh
      set -e
      if [ -d "$out" ]; then
        echo "exists"
      fi
      exec ${pkg}/bin/run "$@"
''

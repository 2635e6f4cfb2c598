rec { version = "1"; name = "p-${version}"; pname = "p"; src = null; outputs = [ "out" ]; }

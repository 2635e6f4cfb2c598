(derivation { name = "d"; system = "x"; builder = "/bin/sh"; args = [ ./fixtures/exec.sh ./fixtures/plain.txt ]; }).drvPath

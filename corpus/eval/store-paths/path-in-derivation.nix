(derivation { name = "d"; system = "x"; builder = "/bin/sh"; src = ./fixtures/tree; }).drvPath

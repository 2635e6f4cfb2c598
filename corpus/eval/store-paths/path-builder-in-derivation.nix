(derivation { name = "d"; system = "x"; builder = ./fixtures/exec.sh; }).drvPath

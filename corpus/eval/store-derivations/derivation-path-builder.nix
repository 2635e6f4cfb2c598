let d = derivation { name = "pb"; system = "x"; builder = ../store-paths/fixtures/exec.sh; }; in [ d.drvPath d.builder ]

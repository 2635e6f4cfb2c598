"${./fixtures/x.drv}"

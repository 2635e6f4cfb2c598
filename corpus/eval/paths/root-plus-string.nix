/. + "etc"

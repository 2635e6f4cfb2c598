/* block */ 1 /* another */

/** double star **/ /***/ 1 /* * / */

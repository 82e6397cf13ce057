/** Tests of the project's structure across modules. */
package org.learn2mix.architecture;

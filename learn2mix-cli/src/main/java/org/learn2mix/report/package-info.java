/**
 * Result files and console tables. Every file is written whole to a temporary sibling and moved
 * into place atomically, so a reader (or a killed run) only ever sees a complete version.
 */
package org.learn2mix.report;

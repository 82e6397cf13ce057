/**
 * Text: review archives and folders ({@code {train,test}/{neg,pos}/*.txt}), the word tokeniser, the
 * vocabulary, and the split-tokenise-encode preparation of a text task ({@link
 * org.learn2mix.data.text.TextTasks}); token ids travel as float features.
 */
package org.learn2mix.data.text;

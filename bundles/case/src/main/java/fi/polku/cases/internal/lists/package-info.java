/** Paging and ordering of the lists the case bundle answers: one page with the total, never a silent cut. */
package fi.polku.cases.internal.lists;

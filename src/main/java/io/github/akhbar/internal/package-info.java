/**
 * Implementation details shared between Akhbar's packages. <strong>Not API</strong>: anything
 * here may change or disappear in any release.
 */
package io.github.akhbar.internal;

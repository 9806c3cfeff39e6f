package dev.ucare.kotlin

import kotlin.reflect.KType
import kotlin.reflect.typeOf
import org.assertj.core.api.Assertions.assertThat

/**
 * The static type Kotlin gives an expression: `T?` for a nullable one, `T` for a non-null one, and `T!` (a platform
 * type, unchecked) when the Java side says nothing about nullness. The compiler's `-Xjspecify-annotations=strict`
 * turns JSpecify's annotations into `T?` and `T`; these checks prove it at run time, should a package lose its
 * `@NullMarked` or the compiler flag change.
 */
inline fun <reified T> staticTypeOf(@Suppress("UNUSED_PARAMETER") value: T): KType = typeOf<T>()

/** Kotlin sees this expression as `T?`: the Java API declares it `@Nullable`. */
inline fun <reified T> assertNullable(value: T) {
	val type = staticTypeOf(value)
	assertThat(type.isMarkedNullable).`as`("nullable: %s", type).isTrue()
}

/** Kotlin sees this expression as `T`, neither nullable nor a platform type (`T!`), type arguments included. */
inline fun <reified T> assertNonNull(value: T) {
	val type = staticTypeOf(value)
	assertThat(type.isMarkedNullable).`as`("non-null: %s", type).isFalse()
	assertThat(type.toString()).`as`("platform type: %s", type).doesNotContain("!")
}

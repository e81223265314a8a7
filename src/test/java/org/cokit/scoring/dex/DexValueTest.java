package org.cokit.scoring.dex;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Values as ordinal masks: the kinds, their DEXi text, and the 64-value limit. */
class DexValueTest {

    @Test
    void printsTheDexiValueSyntax() {
        assertEquals("2", DexValue.single(2).toString());
        assertEquals("1:3", DexValue.interval(1, 3).toString());
        assertEquals("1:3", DexValue.set(3, 1, 2).toString());
        assertEquals("{0;2;3}", DexValue.set(0, 2, 3).toString());
        assertEquals("*", DexValue.any().toString());
        assertEquals("undef", DexValue.undefined().toString());
        assertEquals("2.5", DexValue.number(2.5).toString());
    }

    @Test
    void tellsItsKindAndOrdinals() {
        DexValue set = DexValue.set(4, 1);
        assertArrayEquals(new int[] {1, 4}, set.ordinals());
        assertEquals(1, set.low());
        assertEquals(4, set.high());
        assertEquals(2, set.count());
        assertTrue(set.contains(4));
        assertFalse(set.contains(2));
        assertFalse(set.isSingle());
        assertFalse(set.isInterval());
        assertEquals(3, DexValue.single(3).ordinal());
        assertTrue(DexValue.undefined().isUndefined());
        assertFalse(DexValue.number(0).isUndefined());
        assertTrue(DexValue.number(0).isNumber());
        assertFalse(DexValue.number(0).isDiscrete());
        assertTrue(DexValue.any().isAny());
        assertEquals(DexValue.any(), DexValue.ofMask(DexValue.fullMask(64)));
        assertEquals(DexValue.interval(0, 63), DexValue.any());
        assertThrows(IllegalStateException.class, () -> set.ordinal());
        assertThrows(IllegalStateException.class, () -> DexValue.undefined().low());
        assertThrows(IllegalStateException.class, () -> set.number());
    }

    @Test
    void equalityIsByValue() {
        assertEquals(DexValue.interval(0, 2), DexValue.set(0, 1, 2));
        assertEquals(DexValue.interval(0, 2).hashCode(), DexValue.set(0, 1, 2).hashCode());
        assertNotEquals(DexValue.single(0), DexValue.number(0));
        assertNotEquals(DexValue.undefined(), DexValue.number(0));
        assertEquals(DexValue.number(-2), DexValue.number(-2.0));
    }

    @Test
    void refusesWhatAMaskCannotHold() {
        assertThrows(IllegalArgumentException.class, () -> DexValue.single(64));
        assertThrows(IllegalArgumentException.class, () -> DexValue.single(-1));
        assertThrows(IllegalArgumentException.class, () -> DexValue.interval(2, 1));
        assertThrows(IllegalArgumentException.class, () -> DexValue.set());
        assertThrows(IllegalArgumentException.class, () -> DexValue.ofMask(0));
        assertThrows(IllegalArgumentException.class, () -> DexValue.number(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> DexValue.fullMask(65));
        assertEquals(0b111, DexValue.fullMask(3));
        assertEquals(DexValue.interval(62, 63).mask(), DexValue.set(62, 63).mask());
    }
}
